package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.vocabulary",
        severity = Severity.HINT,
        summary = "Word whose use rose sharply with AI assistants (delve, tapestry, meticulous, …)",
        explanation = """
                Some words became many times more frequent in published text after 2023: "delves" 28×
                and "underscores" 14× in 2024 biomedical abstracts (Kobak et al. 2025), "meticulous" 35× in
                peer reviews (Liang et al. 2024). Each word in `vocabulary.tsv` carries a weight for how
                strong a tell it is, its source, and a plainer word where one exists (a quick fix).

                A word human writers use as often as assistants do ("crucial", "enhance") is never flagged
                alone: it is flagged only when the paragraph holds a cluster of such words (their weights
                add up to 2 or more). A strong word ("delve", "tapestry") is a hint by itself. A weak word
                alone whose entry names the everyday word that takes its place as it stands ("utilize" →
                "use", "leveraging" → "using"; column `plain`) is a hint offering the swap, which keeps the
                word's capitals; it adds nothing to the paragraph score beyond the word's weight. Synonyms
                that are no plainer ("crucial" → "important") stay silent alone. Quoted text and LLM content blocks are left alone.""",
        flagged = {"Let us delve into the data.", "The results underscore a meticulous, multifaceted approach.",
                "We utilize the data."},
        passes = {"This is a crucial step.", "The miners dug into the hill."})
public final class Vocabulary implements BlockRule {
    /** A word this strong is reported alone. */
    static final double ALONE = 1.0;
    /** Weaker words are reported when the paragraph's vocabulary adds up to this. */
    static final double CLUSTER = 2.0;

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        List<Tell> tells = BlockTells.of(block, Signal.VOCABULARY);
        double sum = tells.stream().mapToDouble(Tell::weight).sum();
        for (Tell t : tells) {
            if (t.weight() < ALONE && sum < CLUSTER) {
                plainerWord(block, t, out);
                continue;
            }
            String alt = t.alternative().isEmpty() ? "" : "; a plainer word: \"" + t.alternative() + "\"";
            var r = out.report(t.span(block), "\"" + t.text() + "\": " + t.reason() + alt + ".")
                    .evidence("Listed in vocabulary.tsv (weight " + t.weight() + "): " + t.reason()
                            + (tells.size() > 1 ? ". " + tells.size() + " such words in this paragraph." : "."));
            var fix = TellFixes.of(block, t);
            if (fix != null) {
                r.fix(fix);
            }
            r.add();
        }
    }

    /**
     * A weak word alone ("utilize", "leveraging") is no evidence, but where its entry names the everyday word
     * that takes its place as it stands, the writer may want it: a hint with the swap as its fix. Nothing else
     * is said about it (the paragraph score counts the word as it always did); other weak words stay silent.
     */
    private static void plainerWord(Block block, Tell t, FindingSink out) {
        var fix = TellFixes.wordSwap(block, t);
        if (fix == null) {
            return;
        }
        out.report(t.span(block), "\"" + t.text() + "\": a plainer word is \"" + t.alternative() + "\".")
                .evidence("Listed in vocabulary.tsv (weight " + t.weight() + "): " + t.reason()
                        + ". Alone it is not evidence of assistant prose; the plainer word is offered as a choice.")
                .fix(fix)
                .add();
    }
}
