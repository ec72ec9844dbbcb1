package dev.vouch.rules.aistyle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our own texts, written for this test: {@code ai-style/human/} in the voices human essayists use (an
 * argument with one em dash and one "crucial", a memoir, a build post-mortem, a forum reply that says
 * "You're right" and "I hope this helps", notes with bold labels, an essay about AI style that names the
 * tells, a short story, an analysis of a chat transcript that speaks of "the user", a memoir heavy with em
 * dashes, a writer's informal messages to an assistant, with "That's a great point", what "they" want and
 * a run of "Label:" paragraphs, a story in the present tense full of what he and she want, a comment that
 * summarises what others say and calls a question fascinating), none of whose paragraphs may read like
 * assistant prose; and {@code ai-style/assistant/} in the voices of assistant output (an overview, visible
 * reasoning, one restating what its user asked for, one answering its user's questions with labels, a chat
 * answer, a numbered help answer, a reflective piece, two one-paragraph stories), most of whose prose
 * paragraphs must. The stories are the known gap: their tells (em dashes, a contrast, a theme spelled out)
 * are what human fiction has too, and they are counted here as misses.
 */
class AiStyleFixturesTest {
    @Test
    void noHumanFixtureParagraphReadsLikeAssistantProse() throws Exception {
        List<String> flagged = new ArrayList<>();
        for (Path f : files("human")) {
            Draft d = DraftParser.parse(f, Files.readString(f));
            for (ParagraphScore p : AiStyleAnalysis.of(d).paragraphs()) {
                if (p.readsLikeAssistant()) {
                    flagged.add(f.getFileName() + ":" + (d.lines().lineOf(p.span().start()) + 1) + " " + p.summary(4)
                            + " (" + p.score() + "/" + p.threshold() + ")");
                }
            }
        }
        assertTrue(flagged.isEmpty(), "human paragraphs flagged:\n" + String.join("\n", flagged));
    }

    @Test
    void mostAssistantFixtureParagraphsReadLikeAssistantProse() throws Exception {
        int prose = 0;
        int flagged = 0;
        List<String> missed = new ArrayList<>();
        for (Path f : files("assistant")) {
            Draft d = DraftParser.parse(f, Files.readString(f));
            for (ParagraphScore p : AiStyleAnalysis.of(d).paragraphs()) {
                if (p.words() < 15) {
                    continue; // bullet fragments: reported by ai-style.bold-lead, not scored as prose
                }
                prose++;
                if (p.flagged()) {
                    flagged++;
                } else {
                    missed.add(f.getFileName() + ":" + (d.lines().lineOf(p.span().start()) + 1) + " " + p.score());
                }
            }
        }
        assertFalse(prose == 0);
        assertTrue(flagged >= 0.7 * prose, flagged + " of " + prose + " flagged; missed " + missed);
    }

    private static List<Path> files(String dir) throws Exception {
        try (Stream<Path> s = Files.list(TestPaths.testResources().resolve("ai-style").resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
