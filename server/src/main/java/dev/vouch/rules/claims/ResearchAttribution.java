package dev.vouch.rules.claims;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "claims.research-attribution",
        severity = Severity.INFO,
        summary = "Finding attributed to research or an authority with no source",
        explanation = """
                "Studies show", "research suggests", "recent evidence shows", "scientists have found",
                "economists agree", "according to experts", "it is well known that", "it has been shown
                that", or a named person or organisation credited with a finding ("Smith argues that …",
                "Google found …") all lean on a source without saying which. A reader cannot check it, and
                the writer often cannot find it again. Cite the study, paper or report.

                "Proves", "demonstrates", "shows" and "confirms" also claim more than empirical work gives:
                the fix offers a softer verb ("suggests", "indicates", "supports") besides adding a
                footnote. Not flagged: your own work ("our results show", "my research suggests"), a
                reference back to a source already cited ("these studies show", "the researchers found"),
                hedged statements ("I think studies show …"), questions, fiction, and cited sentences (see
                claims.statistic for what covers a claim). Patterns are in `attributions.tsv`.""",
        flagged = {"Recent evidence shows that fasting slows ageing.", "It is well known that bees dance.",
                "Smith argues that wages fell.", "According to experts, the effect is small."},
        passes = {"Recent evidence shows that fasting slows ageing (Kaur et al., 2023).",
                "Our results show a smaller effect.", "I think studies show a smaller effect."})
public final class ResearchAttribution implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (ClaimAnalysis.Claim c : context.analysis(ClaimAnalysis.ANALYSIS).claims(BlockClaims.Kind.RESEARCH)) {
            FindingSink.Builder b = out.report(c.span(), "\"" + c.signal().cue().strip()
                            + "\" does not say which source: cite the study, paper or report.")
                    .evidence(c.signal().reason() + " (attributions.tsv).")
                    .fix(ClaimFixes.addFootnote(context, c));
            Fix soften = ClaimFixes.soften(c);
            if (soften != null) {
                b.fix(soften);
            }
            b.add();
        }
    }
}
