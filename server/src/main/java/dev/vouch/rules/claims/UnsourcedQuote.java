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
                Words in quotation marks credited to a person or a document ("Einstein said, “…”", "the Okafor
                et al. paper “sets out to …”") are a claim that they said or wrote exactly that. Misquotations
                spread because nobody can check them: cite where the words appear.

                Only quotations of five words or more with a verb of saying or writing near them ("said",
                "wrote", "as X put it", "according to") or a document just before them ("the paper “…”")
                count. Not flagged: scare quotes and terms ("“budget”"), quoted titles, hypothetical or
                generic speakers ("a customer who says “…”"), your own words, hedged lines ("a coach might
                ask “…”"), dialogue in fiction, transcripts, and cited sentences. Block quotes are checked by
                citations.unattributed-blockquote. Cues are in `quote-cues.tsv`.""",
        flagged = {"Einstein said, \"God does not play dice with the universe.\"",
                "The Okafor et al. paper “sets out to remove the last obstacle to scaling”."},
        passes = {"Think of “budget” as a promise to yourself.",
                "A customer who says “I'll think about it tonight” has usually decided already.",
                "Einstein said, \"God does not play dice with the universe\" (Born, 1971)."})
public final class UnsourcedQuote implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (ClaimAnalysis.Claim c : context.analysis(ClaimAnalysis.ANALYSIS).claims(BlockClaims.Kind.QUOTE)) {
            out.report(c.span(), "Quotation \"" + c.signal().cue() + "\" has no source: cite where it was said or written.")
                    .evidence("A direct quotation attributed to someone (quote-cues.tsv).")
                    .fix(ClaimFixes.addFootnote(context, c))
                    .add();
        }
    }
}
