package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.rules.claims.BlockClaims;
import dev.vouch.rules.claims.ClaimAnalysis;
import dev.vouch.rules.claims.ClaimFixes;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.vague-source",
        severity = Severity.WARNING,
        summary = "\"A 2023 study\", \"this paper\", \"the report\" with no way to find it",
        explanation = """
                A claim that leans on a document the reader cannot identify ("a 2023 study found …", "one
                survey reports …", "this paper shows …", "according to a report, …") sends the reader looking
                for something they cannot find. Link the document, or cite it by author, year and title.
                Where the reference "proves", "demonstrates" or "shows" an empirical claim ("a meta-analysis
                proves that exercise reduces depression"), the fix also offers a softer verb ("suggests",
                "indicates"; `strong-verbs.tsv`): one study rarely settles a question.

                "The paper", "this report" and "the authors" are fine once the draft has cited a source
                before them: they refer back to it. Not flagged: a pointer that makes no claim ("look at
                the maps on pages 14 and 15 of this report"), your own post or paper ("in this paper we …"), hedged
                sentences, and references with a citation in the same sentence or the next one that gives
                the source. References are in `sources.tsv`.""",
        flagged = {"A 2023 study found that sleep matters more than diet.", "This paper shows a 40% drop."},
        passes = {"A [2023 study](https://example.org/sleep) found that sleep matters.",
                "Look at the maps on pages 14 and 15 of this report.", "In this paper, we show a 40% drop."})
public final class VagueSource implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (ClaimAnalysis.Claim c : context.analysis(ClaimAnalysis.ANALYSIS).claims(BlockClaims.Kind.SOURCE)) {
            FindingSink.Builder b = out.report(c.span(), "\"" + c.signal().cue().strip()
                            + "\" cannot be found from here: link it or cite it (authors, year, title).")
                    .evidence(c.signal().reason() + " (sources.tsv).")
                    .fix(ClaimFixes.addFootnote(context, c));
            Fix soften = ClaimFixes.soften(c); // "A meta-analysis proves …": one study suggests
            if (soften != null) {
                b.fix(soften);
            }
            b.add();
        }
    }
}
