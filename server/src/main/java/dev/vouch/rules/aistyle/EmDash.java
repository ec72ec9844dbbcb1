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
        id = "ai-style.em-dash",
        severity = Severity.HINT,
        summary = "Em dashes at a density typical of assistant prose",
        explanation = """
                Recent assistants use em dashes far more than most human writers, and readers have noticed.
                One dash now and then is ordinary punctuation and is never flagged. The rule flags a
                paragraph with three or more dashes (—, a spaced en dash, or `--`) at 1.5 or more per 100
                words. Two or more dashes at one per 100 words still count towards the paragraph score.
                Replace some with commas, colons, parentheses or full stops. Quoted text and sections labelled
                as AI output are left alone.""",
        flagged = {"The plan — if it was one — failed; the team — tired by then — went home."},
        passes = {"The plan failed — as plans do — and the team went home early that evening, tired but"
                + " mostly content with what they had learned."})
public final class EmDash implements BlockRule {
    static final int MIN_DASHES = 3;
    static final double MIN_PER_100_WORDS = 1.5;

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        for (Tell t : BlockTells.of(block, Signal.EM_DASH)) {
            int n = Formatting.dashCount(block);
            if (n < MIN_DASHES || n * 100.0 / Math.max(1, block.words()) < MIN_PER_100_WORDS) {
                continue;
            }
            out.report(t.span(block), "Em-dash density (" + t.text() + "): use commas, colons or full stops"
                            + " for some of them.")
                    .evidence(t.reason())
                    .add();
        }
    }
}
