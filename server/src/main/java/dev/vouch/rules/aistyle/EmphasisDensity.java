package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.emphasis-density",
        severity = Severity.HINT,
        summary = "Bold and italics scattered every few words",
        explanation = """
                Assistant output bolds and italicises phrase after phrase; when everything is emphasised,
                nothing is, and readers call it desperate. The rule flags a paragraph with three or more
                bold or italic spans at three or more per 100 words (a bold label opening the paragraph is
                counted by `ai-style.bold-lead` instead). Keep the one emphasis that matters. Quoted text and
                LLM content blocks are left alone.""",
        flagged = {"This is **crucial**: the *real* issue is **trust**, not *speed*."},
        passes = {"The word *tapestry* comes from the French, and the rest of this long paragraph explains how"
                + " the weaving trade carried it across the Channel."})
public final class EmphasisDensity implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        for (Tell t : BlockTells.of(block, Signal.EMPHASIS)) {
            out.report(block.sentences().isEmpty() ? block.span() : block.sentences().get(0).span(),
                            "Bold/italic density (" + t.text() + "): keep the emphasis that matters.")
                    .evidence(t.reason())
                    .add();
        }
    }
}
