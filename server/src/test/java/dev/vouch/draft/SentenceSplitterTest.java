package dev.vouch.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String markdown) {
        return DraftParser.parse(markdown).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtTerminalPunctuation() {
        assertEquals(List.of("One thing.", "Another thing!", "A third?", "Yes."),
                sentences("One thing. Another thing! A third? Yes."));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Use a tool, e.g. Vouch, i.e. this one.", "Dr. Smith agreed."),
                sentences("Use a tool, e.g. Vouch, i.e. this one. Dr. Smith agreed."));
        assertEquals(List.of("Cui et al. (2025) found it.", "Then more."),
                sentences("Cui et al. (2025) found it. Then more."));
        assertEquals(List.of("We bought pens, paper, etc.", "The rest is history."),
                sentences("We bought pens, paper, etc. The rest is history."));
        assertEquals(List.of("See p. 28 and Fig. 3 for the chart."), sentences("See p. 28 and Fig. 3 for the chart."));
    }

    @Test
    void decimalsInitialsAndUrlsDoNotSplit() {
        assertEquals(List.of("Rates rose 3.5% in 2024.", "J. R. R. Tolkien wrote it."),
                sentences("Rates rose 3.5% in 2024. J. R. R. Tolkien wrote it."));
        assertEquals(List.of("Read \uFFFC today.", "Then stop."),
                sentences("Read https://example.org/a.b.c today. Then stop."));
        assertEquals(List.of("Call \uFFFC first.", "Done."), sentences("Call `obj.method()` first. Done."));
    }

    @Test
    void ellipsesAndQuotes() {
        assertEquals(List.of("I waited... and waited.", "Then it came."),
                sentences("I waited... and waited. Then it came."));
        assertEquals(List.of("It trailed off… Then silence."), List.of(String.join(" ", sentences("It trailed off… Then silence."))));
        assertEquals(List.of("He said \"Stop.\"", "Then he left."), sentences("He said \"Stop.\" Then he left."));
        assertEquals(List.of("She asked (quietly.)", "Nobody answered."), sentences("She asked (quietly.) Nobody answered."));
        assertEquals(List.of("“Really?” she said.", "“Yes.”"), sentences("“Really?” she said. “Yes.”"));
    }

    @Test
    void sentenceSpansMapBackToSource() {
        String md = "Intro *with emphasis*. Second [linked](https://x.org) one.";
        Draft d = DraftParser.parse(md);
        List<Sentence> s = d.sentences();
        assertEquals(2, s.size());
        assertEquals("Intro *with emphasis*.", s.get(0).span().of(md));
        assertEquals("Second [linked](https://x.org) one.", s.get(1).span().of(md));
    }
}
