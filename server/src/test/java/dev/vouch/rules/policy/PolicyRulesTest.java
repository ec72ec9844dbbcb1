package dev.vouch.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.config.ConfigLoader;
import dev.vouch.config.ConfigProblem;
import dev.vouch.config.ResolvedConfig;
import dev.vouch.config.Settings;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Fixes;
import dev.vouch.engine.Linter;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.Finding;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fixes, configuration problems and preset data of the policy rules, beyond what the samples show. */
class PolicyRulesTest {
    private static final Linter LINTER = Linter.standard();

    private static List<Finding> findings(String text, String rule) {
        CheckResult r = LINTER.check(Path.of("/nonexistent/draft.md"), text);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static String applyFirstFix(String text, Finding f) {
        return Fixes.applyEdits(text, f.fixes().get(0).edits());
    }

    @Test
    void readTimeFixWritesTheComputedTime() {
        String text = "# Title\n\n*Read time: 15-20 minutes*\n\n" + "word ".repeat(470) + "\n";
        List<Finding> f = findings(text, "policy.read-time");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("475 words at 238 words per minute take about 2 min"), f.get(0).message());
        assertEquals("Write the computed read time (2 minutes)", f.get(0).fixes().get(0).title());
        String fixed = applyFirstFix(text, f.get(0));
        assertTrue(fixed.contains("*Read time: 2 minutes*"), fixed);
        assertTrue(findings(fixed, "policy.read-time").isEmpty(), "the fixed draft states the computed time");
    }

    @Test
    void readTimeFixWritesTheNumberAndTheUnitTogether() {
        String words = "word ".repeat(200) + "\n";
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("*Read time: 15-20 minutes*", "*Read time: 1 minute*");
        cases.put("Reading time: 1 hour", "Reading time: 1 minute");
        cases.put("Reading time: 1.5 hours", "Reading time: 1 minute");
        cases.put("Reading time: 12 mins.", "Reading time: 1 min.");
        cases.put("A 12-minute read.", "A 1-minute read.");
        cases.put("1 hr read", "1 min read");
        for (var c : cases.entrySet()) {
            String text = "# Title\n\n" + c.getKey() + "\n\n" + words;
            List<Finding> f = findings(text, "policy.read-time");
            assertEquals(1, f.size(), c.getKey() + " is a stated read time");
            String fixed = applyFirstFix(text, f.get(0));
            assertEquals("# Title\n\n" + c.getValue() + "\n\n" + words, fixed, c.getKey());
            assertTrue(findings(fixed, "policy.read-time").isEmpty(), fixed);
        }
        // Hours that are right pass; an hour-long draft's fix stays in hours.
        assertTrue(findings("Reading time: 1 hour\n\n" + "word ".repeat(238 * 60) + "\n", "policy.read-time").isEmpty());
        String longText = "Reading time: 3 hours\n\n" + "word ".repeat(238 * 90) + "\n";
        assertEquals("Reading time: 1.5 hours", applyFirstFix(longText, findings(longText, "policy.read-time").get(0))
                .lines().findFirst().orElseThrow());
        // A bare front-matter figure stays a bare figure.
        String front = "---\nreadTime: 30\n---\n" + words;
        assertTrue(applyFirstFix(front, findings(front, "policy.read-time").get(0)).startsWith("---\nreadTime: 1\n"));
    }

    @Test
    void readTimeFollowsTheConfiguredWordsPerMinute() {
        String text = "---\nreadTime: 4\nvouch:\n  options: {wordsPerMinute: 120}\n---\n" + "word ".repeat(470) + "\n";
        assertTrue(findings(text, "policy.read-time").isEmpty(), "470 words at 120 wpm is 4 minutes");
        assertEquals(1, findings(text.replace("120", "238"), "policy.read-time").size());
    }

    @Test
    void markAsLlmOutputWrapsWholeLinesWithASnippetForTheModel() {
        String text = "# T\n\nFirst paragraph.\n\nThe model wrote\nthis paragraph.\n\nLast.\n";
        Draft d = DraftParser.parse(text);
        int at = text.indexOf("model wrote");
        Fix fix = LlmMarkup.markAsLlmOutput(d, new Span(at, at + 3));
        assertNotNull(fix);
        assertFalse(fix.safe());
        assertEquals("<div data-llm-output=\"${1:MODEL}\">\n\n", fix.edits().get(0).snippet());
        String plain = Fixes.applyEdits(text, fix.edits());
        assertEquals("# T\n\nFirst paragraph.\n\n<div data-llm-output=\"MODEL\">\n\nThe model wrote\n\n</div>\nthis paragraph.\n\nLast.\n",
                plain, "a one-line selection wraps its line");
        Fix para = LlmMarkup.markAsLlmOutput(d, d.blockAt(at).span());
        assertEquals("# T\n\nFirst paragraph.\n\n<div data-llm-output=\"MODEL\">\n\nThe model wrote\nthis paragraph.\n\n</div>\n\nLast.\n",
                Fixes.applyEdits(text, para.edits()));
        Draft wrapped = DraftParser.parse(Fixes.applyEdits(text, para.edits()));
        List<dev.vouch.draft.LlmBlock> blocks = wrapped.llmBlocks();
        assertEquals(1, blocks.size());
        assertEquals("MODEL", blocks.get(0).model());
        assertFalse(blocks.get(0).namesModel(), "the placeholder is not a model: llm-block-metadata asks for it");
        assertNotNull(LlmBlocks.around(blocks, wrapped.blocks().get(2).span()));
    }

    @Test
    void unlabelledQuotationFixWrapsTheQuoteInALabelledSection() {
        String text = "---\nvouch:\n  extends: [\"vouch:lesswrong-2025\"]\n---\n# T\n\nChatGPT said:\n\n> It depends on the data.\n> Mostly.\n\nAfter.\n";
        List<Finding> f = findings(text, "policy.unlabelled-ai-text");
        assertEquals(1, f.size());
        String fixed = applyFirstFix(text, f.get(0));
        assertTrue(fixed.contains("ChatGPT said:\n\n<details>\n<summary>AI output: MODEL, prompted with \"PROMPT\"</summary>\n\n"
                + "> It depends on the data.\n> Mostly.\n\n</details>\n\nAfter."), fixed);
        assertTrue(findings(fixed, "policy.unlabelled-ai-text").isEmpty(), "inside a labelled section now");
        assertTrue(f.get(0).fixes().get(0).edits().get(0).snippet().contains("${1:MODEL}"));
    }

    @Test
    void blockMetadataFixNamesTheModel() {
        String text = "---\nvouch:\n  extends: [\"vouch:lesswrong\"]\n---\n<div class=\"x\" data-llm-output=\"\">\n\nText.\n\n</div>\n";
        List<Finding> f = findings(text, "policy.llm-block-metadata");
        assertEquals(1, f.size());
        assertEquals("<div class=\"x\" data-llm-output=\"MODEL\">", applyFirstFix(text, f.get(0)).split("\n")[4]);
        String comments = "---\nvouch:\n  extends: [\"vouch:lesswrong\"]\n---\n<!-- llm-output -->\n\nText.\n\n<!-- /llm-output -->\n";
        assertEquals("<!-- llm-output: MODEL -->",
                applyFirstFix(comments, findings(comments, "policy.llm-block-metadata").get(0)).split("\n")[4]);
    }

    @Test
    void requiredSectionFixInsertsALeadInAfterTheTitle() {
        String text = "---\nvouch:\n  rules:\n    policy.required-sections: {sections: [\"TL;DR\"]}\n---\n# Title\n\nBody text.\n";
        List<Finding> f = findings(text, "policy.required-sections");
        assertEquals(1, f.size());
        String fixed = applyFirstFix(text, f.get(0));
        assertTrue(fixed.endsWith("# Title\n\n**TL;DR:** …\n\nBody text.\n"), fixed);
        assertTrue(findings(fixed, "policy.required-sections").isEmpty());
        assertTrue(findings(text.replace("Body text.", "tl;dr: it works."), "policy.required-sections").isEmpty());
        assertTrue(findings(text.replace("Body text.", "## TLDR\n\nIt works."), "policy.required-sections").isEmpty());
    }

    @Test
    void aBadBannedPatternIsAConfigurationProblemWithItsPlace() {
        ConfigLoader loader = new ConfigLoader(RuleRegistry.standard());
        Settings s = loader.fromText("{\n  \"rules\": {\"policy.banned-phrase\": {\"phrases\": [\n"
                + "    \"fine\", {\"pattern\": \"(unclosed\", \"regex\": true}]}}\n}\n", Path.of("/tmp/x/.vouch.json"));
        assertEquals(1, s.problems().size(), s.problems().toString());
        ConfigProblem p = s.problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("entry 2: /(unclosed/ is not a valid RE2 regular expression"), p.message());
        Settings empty = loader.fromText("{\"rules\": {\"policy.banned-phrase\": {\"phrases\": [{\"pattern\": \"x*\", "
                + "\"regex\": true}]}}}", Path.of("/tmp/x/.vouch.json"));
        assertTrue(empty.problems().get(0).message().contains("matches the empty string"));
        Settings key = loader.fromText("{\"rules\": {\"policy.banned-phrase\": {\"phrases\": [{\"patern\": \"x\"}]}}}",
                Path.of("/tmp/x/.vouch.json"));
        assertTrue(key.problems().get(0).message().contains("no \"pattern\""), key.problems().toString());
    }

    @Test
    void aCatastrophicPatternRunsInLinearTime() {
        // (a+)+$ backtracks exponentially in java.util.regex on "aaaa…b"; RE2 matches it in one pass.
        String text = "---\nvouch:\n  rules:\n    policy.banned-phrase:\n      phrases:\n"
                + "        - {pattern: \"(a+)+$\", regex: true, reason: \"test\"}\n---\n" + "a".repeat(5000) + "b\n";
        assertTrue(findings(text, "policy.banned-phrase").isEmpty());
        assertEquals(1, findings(text.replace("ab\n", "a\n"), "policy.banned-phrase").size());
    }

    /** A stand-in for a claims rule (the claims category is written on another branch; default info). */
    @RuleInfo(id = "claims.example", severity = Severity.INFO, summary = "x", explanation = "x")
    public static final class ExampleClaim implements BlockRule {
        @Override
        public void check(dev.vouch.draft.Block block, BlockContext context, FindingSink out) {}
    }

    @Test
    void theLessWrong2025PresetRaisesUnsupportedClaimsToWarning() {
        RuleRegistry registry = new RuleRegistry(List.of(new ExampleClaim()));
        ConfigLoader loader = new ConfigLoader(registry);
        RuleDescriptor claim = registry.get("claims.example");
        Draft draft = DraftParser.parse("Text.\n");
        for (String[] c : new String[][] {{"vouch:lesswrong-2025", "WARNING"}, {"vouch:lesswrong", "INFO"},
                {"vouch:recommended", "INFO"}}) {
            Settings s = loader.fromText("{\"extends\": [\"" + c[0] + "\"]}", Path.of("/tmp/p/.vouch.json"));
            assertEquals(Severity.valueOf(c[1]), ResolvedConfig.forDraft(s, draft, loader).severity(claim), c[0]);
        }
        Settings own = loader.fromText("{\"extends\": [\"vouch:lesswrong-2025\"], \"rules\": {\"claims\": \"info\"}}",
                Path.of("/tmp/p/.vouch.json"));
        assertEquals(Severity.INFO, ResolvedConfig.forDraft(own, draft, loader).severity(claim),
                "a project's own setting wins over the preset");
    }

    private static final String ASSISTANT = "In today's fast-paced world, a book club is not just a gathering — it's a "
            + "testament to the enduring power of shared stories. Moreover, it fosters connection, enhances understanding, "
            + "and empowers readers to navigate the complexities of modern life. I hope this helps!";

    @Test
    void theEditingTimeSuggestionIsInfoOnlyAndMarksTheDraft() {
        String text = "---\ntitle: x\nvouch:\n  extends: [\"vouch:lesswrong-2025\"]\n---\n# T\n\n" + ASSISTANT + "\n\n"
                + ASSISTANT.replace("book club", "reading group") + "\n";
        List<Finding> f = findings(text, "policy.editing-time");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity(), "a suggestion, whatever the rule's severity");
        String marked = applyFirstFix(text, f.get(0));
        assertTrue(marked.startsWith("---\nai-assisted: true\ntitle: x\n"), marked);
        List<Finding> after = findings(marked, "policy.editing-time");
        assertEquals(1, after.size());
        assertEquals(Severity.WARNING, after.get(0).severity(), "now marked: the policy itself applies");
        assertTrue(findings(text.replace("title: x", "ai-assisted: false"), "policy.editing-time").isEmpty(),
                "a draft that says it is not AI-assisted gets no suggestion");
        String noFrontMatter = "# T\n\n" + ASSISTANT + "\n\n" + ASSISTANT + "\n";
        assertTrue(findings(noFrontMatter, "policy.editing-time").isEmpty(), "the rule is off without a preset");
    }

    @Test
    void unmarkedLlmOutputFixWrapsTheParagraphAndThenPasses() {
        String text = "---\nvouch:\n  extends: [\"vouch:lesswrong\"]\n---\n# T\n\n" + ASSISTANT + "\n\nMine.\n";
        List<Finding> f = findings(text, "policy.unmarked-llm-output");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().startsWith("Reads like assistant output ("), f.get(0).message());
        assertTrue(f.get(0).message().endsWith("LessWrong asks for it in an LLM content block naming the model."));
        assertFalse(f.get(0).message().contains("detector"), "never claims to predict the site's detector");
        assertEquals("Mark as LLM output (an LLM content block naming the model)", f.get(0).fixes().get(0).title());
        String marked = applyFirstFix(text, f.get(0));
        assertTrue(findings(marked, "policy.unmarked-llm-output").isEmpty());
        assertEquals(1, findings(marked, "policy.llm-block-metadata").size(), "until the placeholder is replaced");
        assertTrue(findings(marked.replace("\"MODEL\"", "\"Claude Opus 4.6\""), "policy.llm-block-metadata").isEmpty());
    }

    @Test
    void anUnlabelledSectionFixPutsTheLabelInTheSummary() {
        String text = "---\nvouch:\n  extends: [\"vouch:lesswrong-2025\"]\n---\n<details>\n<summary>More</summary>\n\n"
                + ASSISTANT + "\n\n</details>\n";
        List<Finding> f = findings(text, "policy.unlabelled-ai-text");
        assertEquals(1, f.size());
        String fixed = applyFirstFix(text, f.get(0));
        assertTrue(fixed.contains("<summary>AI output (MODEL): More</summary>"), fixed);
        assertTrue(findings(fixed, "policy.unlabelled-ai-text").isEmpty());
    }

    @Test
    void whichSummariesLabelASectionAsAiOutput() {
        for (String yes : new String[] {"AI output", "LLM-generated draft", "Claude Opus 4.6's summary of my diary",
                "Claude's answer", "Output from GPT-4o", "Conversation with GPT-5", "Written by Gemini 2.5 Pro",
                "Claude Opus 4.6", "GPT-5: the full answer", "AI output: MODEL, prompted with \"PROMPT\""}) {
            assertTrue(dev.vouch.llm.LlmLabels.labelsAiOutput(yes), yes);
            assertTrue(dev.vouch.rules.aistyle.Provenance.labelsAiOutput(yes), "ai-style agrees: " + yes);
        }
        for (String no : new String[] {"Notes from the AI safety workshop", "More on the objections",
                "How the survey was run", "Details of the model", "Why I stopped using ChatGPT",
                "AI safety reading list"}) {
            assertFalse(dev.vouch.llm.LlmLabels.labelsAiOutput(no), no);
            assertFalse(dev.vouch.rules.aistyle.Provenance.labelsAiOutput(no), "ai-style agrees: " + no);
        }
    }
}
