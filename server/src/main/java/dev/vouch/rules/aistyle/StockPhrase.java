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
        id = "ai-style.stock-phrase",
        severity = Severity.INFO,
        summary = "Stock phrase or opener of assistant prose (\"In today's fast-paced world\", \"It's important to note that\")",
        explanation = """
                Openers that set no scene ("In today's fast-paced world"), frames that clear the throat
                ("It's important to note that"), phrases that inflate significance ("a testament to",
                "plays a crucial role", "the evolving landscape"), staged reveals ("Here's the thing:") and
                school-essay closers ("In conclusion,"; "Overall," only on a long sentence that is not the
                writer's own verdict: "Overall, I'd do it again." is a transition word, no evidence alone). Each is listed in `phrases.tsv` with its weight and
                reason, after Wikipedia's guide to the signs of AI writing. Where the phrase can simply go, a
                quick fix deletes it; weak entries (weight under 1) only count towards the paragraph score.
                Quoted text and LLM content blocks are left alone.""",
        flagged = {"In today's fast-paced world, teams ship daily.", "It's important to note that costs rose.",
                "Here's the thing: nobody reads the manual."},
        passes = {"In today's paper, the author argues otherwise.", "It is important to us that costs fall.",
                "Overall, I'd do it again."})
public final class StockPhrase implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        for (Tell t : BlockTells.of(block, Signal.STOCK_PHRASE)) {
            if (t.weight() < 1.0) {
                continue;
            }
            TellReport.report(out, block, t, "Stock phrase \"" + TellReport.quote(t) + "\": " + t.reason() + ".");
        }
    }
}
