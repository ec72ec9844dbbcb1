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
        id = "ai-style.negative-parallelism",
        severity = Severity.INFO,
        summary = "\"It's not X — it's Y\", \"This isn't X. It's Y.\", \"not just X, but Y\"",
        explanation = """
                Negative parallelism sets up a claim nobody made in order to knock it down: "It's not a
                bug — it's a feature", "This isn't a tool. It's a movement.", "not merely fast, but
                transformative", "X isn't just Y; it's Z". Used once for a real contrast it is rhetoric;
                used every few sentences it is the "splashy contrast" readers now stop at. The one-sentence
                forms are patterns in `constructions.tsv`; the two-sentence form ("This isn't X. It's Y.")
                is found across sentence pairs. "Not only … but also" is an old form human writers use and
                counts only towards the paragraph score. "Not because X but because Y" and "not when X but
                when Y" are not flagged: they give the real reason or time in place of a wrong one, the
                ordinary shape of an explanation. Quoted text and LLM content blocks are left alone.""",
        flagged = {"It's not a bug — it's a feature.", "This isn't a tool. It's a movement.",
                "The change is not just faster, but fundamentally different."},
        passes = {"It's not a bug, and nobody thinks it is.", "The train was not fast but it was cheap.",
                "I left in March, not because I wanted to, but because the rent doubled."})
public final class NegativeParallelism implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        for (Tell t : BlockTells.of(block, Signal.NEGATIVE_PARALLELISM)) {
            if (t.weight() < 1.0) {
                continue;
            }
            TellReport.report(out, block, t, "\"Not X but Y\" construction (\"" + TellReport.quote(t)
                    + "\"): say what the thing is, without the straw contrast.");
        }
    }
}
