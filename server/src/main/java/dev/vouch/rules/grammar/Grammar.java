package dev.vouch.rules.grammar;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.rule.Stage;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "grammar.grammar",
        severity = Severity.WARNING,
        stage = Stage.SLOW,
        summary = "Grammar, agreement, confused-word, casing and punctuation errors found by LanguageTool",
        explanation = """
                LanguageTool's rules for the draft's English variant, other than the speller and the
                style rules (see `grammar.spelling` and `grammar.style`): subject–verb agreement, "a" and
                "an", confused words (*then*/*than*, *its*/*it's*), repeated words, casing, and punctuation.
                Each block is checked on its own, as the reader reads it: code, URLs and math read as a
                placeholder word, markup reads as nothing, and headings, list items and table cells are
                fragments, so they are never told to start with a capital or end with a full stop.

                Some LanguageTool rules are off for Markdown essays because on published essays they
                flag mostly sound writing (optional commas, hyphens in ranges, sentences that begin alike,
                logical punctuation, runs of spaces that Markdown never shows); `languagetool-essay-defaults.tsv` (in
                `server/src/main/resources/dev/vouch/rules/grammar/`) lists each with its reason. Turn one back
                on with `options.languageToolEnabledRules`, and any other off with
                `options.languageToolDisabledRules`; each finding names its LanguageTool rule id.
                Suggestions become quick fixes (up to five); none is applied by `--fix`, since a grammar
                fix can change what a sentence says.

                A paragraph with a sentence of more than 1,000 words and symbols (a pasted log, a line of
                emoji) is not sent to LanguageTool, whose time grows with the square of a sentence's length;
                an `info` finding at its start says so, as it does when LanguageTool fails on a paragraph.""",
        flagged = {"This are the results we expected.", "The model performed better then the baseline.",
                "We ran the the experiment twice."},
        passes = {"These are the results we expected.", "## results and open questions",
                "- fewer parameters", "Call `init()` before `run()`."})
public final class Grammar implements BlockRule {
    @Override
    public List<OptionSpec<?>> options() {
        return GrammarOptions.ALL;
    }

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        GrammarFindings.report(block, context, out, m -> !m.isSpelling() && !Style.isStyle(m), GrammarFindings::specific);
    }
}
