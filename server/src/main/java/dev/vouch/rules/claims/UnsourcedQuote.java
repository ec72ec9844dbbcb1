package dev.vouch.rules.claims;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "claims.unsourced-quote",
        severity = Severity.INFO,
        summary = "Direct quotation attributed to someone, with no source",
        explanation = """
                Words in quotation marks credited to a person or a document ("Einstein said, “…”", "the Cui
                et al. paper “aims to …”") are a claim that they said or wrote exactly that. Misquotations
                spread because nobody can check them: cite where the words appear.

                Only quotations of five words or more with a verb of saying or writing near them ("said",
                "wrote", "as X put it", "according to") or a document just before them ("the paper “…”")
                count. Not flagged: scare quotes and terms ("“policy”"), quoted titles, hypothetical or
                generic speakers ("a client who says “…”"), your own words, hedged lines ("a therapist might
                ask “…”"), dialogue in fiction, transcripts, and cited sentences. Block quotes are checked by
                citations.unattributed-blockquote. Cues are in `quote-cues.tsv`.""",
        flagged = {"Einstein said, \"God does not play dice with the universe.\"",
                "The Cui et al. paper “aims to overcome a major obstacle in scaling RL”."},
        passes = {"Think of “policy” as the individual in therapy.",
                "A client who says “you just feel sad when someone dies” is distancing.",
                "Einstein said, \"God does not play dice with the universe\" (Born, 1971)."})
public final class UnsourcedQuote implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (ClaimAnalysis.Claim c : context.analysis(ClaimAnalysis.ANALYSIS).claims(BlockClaims.Kind.QUOTE)) {
            out.report(c.span(), "Quotation \"" + c.signal().cue() + "\" has no source: cite where it was said or written.")
                    .evidence("A direct quotation attributed to someone (quote-cues.tsv).")
                    .fix(ClaimFixes.addFootnote(draft, c))
                    .add();
        }
    }
}
