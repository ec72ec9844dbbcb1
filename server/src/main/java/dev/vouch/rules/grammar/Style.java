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
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
        id = "grammar.style",
        severity = Severity.INFO,
        stage = Stage.SLOW,
        enabledByDefault = false,
        summary = "Wordiness, redundancy, informal words and variant preferences, by LanguageTool's style rules",
        explanation = """
                LanguageTool's style categories — style, redundancy, plain English, repetition, academic
                tone — such as "with the exception of" for "except" or "return back", and its preferences
                of one English variant's usage over another's equally correct one (Oxford "-ize" under
                en-GB, "afterward" for "afterwards" under en-US). They are opinions, not errors,
                and on published essays most of them question deliberate choices, so the rule is off
                until a configuration turns it on (`"grammar.style": "info"`). The same options as
                `grammar.grammar` apply (`languageToolEnabledRules`, `languageToolDisabledRules`).""",
        flagged = {"With the exception of one run, the results held."},
        passes = {"Except for one run, the results held."})
public final class Style implements BlockRule {
    /**
     * LanguageTool's categories of advice rather than errors: style, and the preferences of one variant
     * over another's equally correct usage ("afterwards" under en-US, "-ise" under en-GB), which on an essay
     * question the writer's own variant.
     */
    static final Set<String> STYLE_CATEGORIES = Set.of("STYLE", "REDUNDANCY", "PLAIN_ENGLISH",
            "REPETITIONS_STYLE", "WIKIPEDIA", "CREATIVE_WRITING", "TON_ACADEMIC", "TEXT_ANALYSIS",
            "BRITISH_ENGLISH", "AMERICAN_ENGLISH", "AMERICAN_ENGLISH_STYLE", "BRE_STYLE_OXFORD_SPELLING");

    static boolean isStyle(LanguageToolCheck.Match m) {
        return STYLE_CATEGORIES.contains(m.categoryId());
    }

    @Override
    public List<OptionSpec<?>> options() {
        return GrammarOptions.ALL;
    }

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        GrammarFindings.report(block, context, out, m -> !m.isSpelling() && isStyle(m), GrammarFindings::specific);
    }
}
