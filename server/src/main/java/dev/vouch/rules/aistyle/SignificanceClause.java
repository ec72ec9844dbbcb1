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
        id = "ai-style.significance-clause",
        severity = Severity.INFO,
        summary = "Trailing \"-ing\" clause asserting significance (\", highlighting the importance of …\")",
        explanation = """
                A sentence that ends by telling the reader what it means: ", highlighting its central
                role", ", underscoring the need for …", ", reflecting broader trends", ", ensuring …". The
                clause asserts significance instead of showing it, and it is the construction Wikipedia's
                editors find most often in generated overviews. If the significance matters, give it its own
                sentence with the evidence; otherwise end the sentence earlier. Patterns and weights are in
                `constructions.tsv`; "reflecting on", "marking time" and other literal uses are not
                matched. Quoted text and LLM content blocks are left alone.""",
        flagged = {"The town grew quickly, highlighting its central role in the region.",
                "Sales fell in spring, reflecting broader trends in the market."},
        passes = {"She sat by the window, reflecting on her years there.", "The town grew, and its role with it."})
public final class SignificanceClause implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        for (Tell t : BlockTells.of(block, Signal.SIGNIFICANCE_CLAUSE)) {
            String clause = TellReport.quote(t);
            int comma = clause.indexOf(", ");
            if (comma >= 0) {
                clause = clause.substring(comma + 2);
            }
            TellReport.report(out, block, t, "Trailing significance clause (\"" + clause
                    + "\"): show why it matters, or end the sentence sooner.");
        }
    }
}
