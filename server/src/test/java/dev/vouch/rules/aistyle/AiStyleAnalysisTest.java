package dev.vouch.rules.aistyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Stage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The public API the ai-style and venue-policy rules share. */
class AiStyleAnalysisTest {
    private static final String ASSISTANT = "Certainly! Here is a summary. In today's fast-paced world, the debate is"
            + " not just about money — it's about trust. I hope this helps!";
    private static final String HUMAN = "The committee met twice and agreed on nothing, which was itself a kind of"
            + " progress.";

    @Test
    void scoresEveryParagraphButFlagsOnlyTheWritersOwn() {
        Draft d = DraftParser.parse("# Title\n\n" + ASSISTANT + "\n\n> " + ASSISTANT + "\n\n<details>\n<summary>Claude's"
                + " answer</summary>\n\n" + ASSISTANT + "\n\n</details>\n\n<details>\n<summary>My notes</summary>\n\n"
                + ASSISTANT + "\n\n</details>\n\n" + HUMAN + "\n");
        AiStyleAnalysis ai = AiStyleAnalysis.of(d);
        List<ParagraphScore> ps = ai.paragraphs();
        assertEquals(5, ps.size(), "headings are not paragraphs; every prose paragraph is scored");
        assertTrue(ps.get(0).flagged());
        assertTrue(ps.get(1).readsLikeAssistant() && !ps.get(1).writersOwn() && !ps.get(1).flagged(), "block quote");
        assertTrue(ps.get(2).readsLikeAssistant() && !ps.get(2).writersOwn() && !ps.get(2).flagged(), "labelled details");
        assertTrue(ps.get(3).flagged(), "an unlabelled <details> is the writer's prose");
        assertFalse(ps.get(4).readsLikeAssistant());
        assertEquals(2, ai.readsLikeAssistantOutsideWritersProse().size());
        assertEquals(3, ai.paragraphCount());
        assertEquals(2, ai.flaggedCount());
        assertEquals(List.of(ps.get(0), ps.get(3)), ai.flagged());
        assertSame(ps.get(0), ai.score(ps.get(0).block()));
        assertNull(ai.score(d.blocks().get(0)), "a heading has no score");
    }

    @Test
    void aCallerMayDecideWhoseProseABlockIs() {
        Draft d = DraftParser.parse(ASSISTANT + "\n\n" + HUMAN + "\n");
        AiStyleAnalysis ai = AiStyleAnalysis.of(d, b -> false);
        assertEquals(0, ai.flaggedCount());
        assertTrue(ai.paragraphs().get(0).readsLikeAssistant());
    }

    @Test
    void evidenceIsNamedStrongestFirst() {
        Draft d = DraftParser.parse(ASSISTANT + "\n");
        ParagraphScore p = AiStyleAnalysis.of(d).paragraphs().get(0);
        assertTrue(p.score() >= p.threshold());
        String summary = p.summary(3);
        assertTrue(summary.startsWith("2 pieces of chat residue"), summary);
        assertTrue(summary.contains("stock phrase"), summary);
        assertEquals(Signal.CHAT_RESIDUE, p.evidence().get(0).signal());
        for (Tell t : p.tells()) {
            assertTrue(t.span(p.block()).start() >= p.block().span().start());
            assertFalse(t.reason().isBlank());
        }
    }

    @Test
    void documentFiguresUseTheMetricKeysOfTheContract() {
        Draft d = DraftParser.parse(ASSISTANT + "\n\n" + HUMAN + "\n\n" + HUMAN + " Again.\n\n> " + ASSISTANT + "\n");
        Map<String, Object> m = AiStyleAnalysis.of(d).metrics();
        assertEquals(List.of("aiStyle.paragraphs", "aiStyle.flaggedParagraphs", "aiStyle.flaggedShare",
                "aiStyle.tellsPer1000Words"), List.copyOf(m.keySet()));
        assertEquals(3, m.get("aiStyle.paragraphs"), "quoted text is not the writer's");
        assertEquals(1, m.get("aiStyle.flaggedParagraphs"));
        assertEquals(0.333, m.get("aiStyle.flaggedShare"));
        assertTrue((Double) m.get("aiStyle.tellsPer1000Words") > 0);
    }

    @Test
    void theCheckPublishesTheMetrics() {
        CheckResult r = Linter.standard().check(Path.of("post.md"), ASSISTANT + "\n\n" + HUMAN + "\n",
                EnumSet.of(Stage.FAST), UnaryOperator.identity());
        assertEquals(2, r.metrics().get("aiStyle.paragraphs"));
        assertEquals(1, r.metrics().get("aiStyle.flaggedParagraphs"));
        assertEquals(0.5, r.metrics().get("aiStyle.flaggedShare"));
        assertNotNull(r.metrics().get("aiStyle.tellsPer1000Words"));
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("ai-style.paragraph")
                && f.message().contains("reads like assistant prose") && !f.message().contains("written by")));
    }

    @Test
    void anEmptyDraftHasZeroFigures() {
        Map<String, Object> m = AiStyleAnalysis.of(DraftParser.parse("")).metrics();
        assertEquals(0, m.get("aiStyle.paragraphs"));
        assertEquals(0.0, m.get("aiStyle.flaggedShare"));
        assertEquals(0.0, m.get("aiStyle.tellsPer1000Words"));
    }

    @Test
    void labelsOfAiOutput() {
        for (String yes : List.of("Claude's answer", "Output from GPT-4o", "LLM-generated draft", "What ChatGPT said",
                "AI output", "Gemini: first draft", "Response by Claude Opus 4.6 (prompt: summarise)",
                "Text written by an AI assistant")) {
            assertTrue(Provenance.labelsAiOutput(yes), yes);
        }
        for (String no : List.of("Notes on AI safety", "My notes", "Details of the model", "Why LLMs matter",
                "Spoilers", "Appendix: the survey")) {
            assertFalse(Provenance.labelsAiOutput(no), no);
        }
        Draft d = DraftParser.parse("<div data-llm-output=\"Claude\">\n\n" + HUMAN + "\n\n</div>\n\n<div class=\"note\">\n\n"
                + HUMAN + "\n\n</div>\n");
        assertFalse(Provenance.isWritersOwn(d.blocks().get(0)));
        assertTrue(Provenance.isWritersOwn(d.blocks().get(1)));
    }

    @Test
    void longerParagraphsNeedMorePointsAndVoiceNeedsFewer() {
        assertEquals(ParagraphScorer.THRESHOLD, ParagraphScorer.threshold(40, false));
        assertEquals(ParagraphScorer.MIN_THRESHOLD, ParagraphScorer.threshold(40, true));
        assertEquals(ParagraphScorer.THRESHOLD, ParagraphScorer.threshold(150, true), 1e-9);
        assertTrue(ParagraphScorer.threshold(600, false) > 2 * ParagraphScorer.THRESHOLD - 1e-9);
    }

    @Test
    void oneHabitRepeatedIsNotACluster() {
        Block b = DraftParser.parse("The plan — if it was one — failed; the team — tired by then — went home — late.\n")
                .blocks().get(0);
        ParagraphScore p = AiStyleAnalysis.of(DraftParser.parse(b.sourceText())).paragraphs().get(0);
        assertFalse(p.readsLikeAssistant(), "em dashes alone never flag a paragraph: " + p.summary(3));
    }

    private static List<Tell> restatements(String markdown, int paragraph) {
        ParagraphScore p = AiStyleAnalysis.of(DraftParser.parse(markdown)).paragraphs().get(paragraph);
        return p.tells().stream().filter(t -> t.reason().contains("restat")).toList();
    }

    @Test
    void aRestatementIsOfAMessageAddressedToTheWriter() {
        List<Tell> two = restatements("They want the ending shorter. They're asking for my view on the second"
                + " example.\n", 0);
        assertEquals(1, two.size());
        assertEquals(Signal.REASONING_TRACE, two.get(0).signal());
        assertEquals(1.5, two.get(0).weight());
        assertEquals(2.0, restatements("The user is sharing a draft. They want it shorter. They also mentioned a"
                + " deadline.\n", 0).get(0).weight(), "three sentences weigh more");
        assertTrue(restatements("They want a pause on training runs. They're asking labs to sign a pledge.\n", 0)
                .isEmpty(), "what a group wants of others");
        assertTrue(restatements("They want us to file by Friday. They're asking for a summary too.\n", 0).isEmpty(),
                "what an office wants of a team");
        assertTrue(restatements("She wants to leave. She's hoping he won't ask me why.\n", 0).isEmpty(),
                "he and she are the characters of a story");
        assertTrue(restatements("They said they wanted it shorter. They asked me to cut the example.\n", 0).isEmpty(),
                "past tense is narration");
    }

    @Test
    void aRestatementRunsOnIntoTheNextParagraph() {
        String text = "The user is sharing the last section of their essay.\n\nThey want to end on the experiment."
                + " They're thinking of a second post.\n";
        assertEquals(2.0, restatements(text, 1).stream().mapToDouble(Tell::weight).sum(), 1e-9,
                "three sentences in all, whatever the paragraph break");
        List<Tell> both = restatements(text.replace("end on the experiment", "end on my experiment"), 1);
        assertEquals(2, both.size(), "the paragraph's own run and what its continuation adds: " + both);
        assertEquals(2.0, both.stream().mapToDouble(Tell::weight).sum(), 1e-9);
        assertTrue(restatements("Alice is sharing the last section of her essay.\n\nThey want to end on the"
                + " experiment. They're thinking of a second post.\n", 1).isEmpty(), "no \"user\" before them");
    }

    private static final String REASONING = "The user is sharing the last section and asking me to help with the"
            + " ending. Let me think carefully about this.\n\nThe user wants me to keep the voice. I should focus"
            + " on the last two paragraphs.\n\nThe person is asking me for a title. Let me check what the essay"
            + " promises first.\n\n";
    private static final String LABELS = "Strongest part: the middle, where the notes turn into an argument.\n\n"
            + "Weakest part: the conclusion, which repeats the introduction.\n\n"
            + "First cut: the paragraph about the survey software.\n";

    @Test
    void aListOfLabelsReadsLikeAssistantOutputOnlyInAnAssistantHeavyDraft() {
        AiStyleAnalysis alone = AiStyleAnalysis.of(DraftParser.parse(LABELS));
        assertEquals(0, alone.flaggedCount(), "a run of labels is one habit");
        AiStyleAnalysis pasted = AiStyleAnalysis.of(DraftParser.parse(REASONING + LABELS));
        List<ParagraphScore> ps = pasted.paragraphs();
        assertEquals(6, ps.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(ps.get(i).flagged() && !ps.get(i).byContext(), "reasoning " + i + ": " + ps.get(i).summary(3));
        }
        for (int i = 3; i < 6; i++) {
            assertTrue(ps.get(i).flagged() && ps.get(i).byContext(), "label " + i + ": " + ps.get(i).summary(3));
        }
        AiStyleAnalysis twoLabels = AiStyleAnalysis.of(DraftParser.parse(REASONING
                + LABELS.substring(0, LABELS.indexOf("First cut"))));
        assertFalse(twoLabels.paragraphs().get(3).flagged(), "two labels are not a list");
    }

    @Test
    void evidenceIsCachedPerBlockContent() {
        Block a = DraftParser.parse("Intro.\n\n" + ASSISTANT + "\n").blocks().get(1);
        Block b = DraftParser.parse("Another intro, longer.\n\n" + ASSISTANT + "\n").blocks().get(1);
        assertSame(BlockTells.of(a), BlockTells.of(b));
    }
}
