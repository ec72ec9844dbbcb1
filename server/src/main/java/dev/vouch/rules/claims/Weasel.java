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
        id = "claims.weasel",
        severity = Severity.INFO,
        summary = "Vague attribution standing in for a source",
        explanation = """
                "Many people say", "some argue", "it is widely believed", "many dentists recommend", "some
                clinics have been known to", "there is a broad consensus", "leading experts recommend":
                a vague group or an agentless passive makes a claim sound established while hiding who holds
                it. Say who, and cite them, or state the claim as your own view.

                Not flagged: a quantifier that only frames your audience ("many readers will know this
                argument"), rhetorical set-ups the writer then answers ("some would argue"), hedged
                sentences, questions, fiction and dialogue, and cited sentences (see claims.statistic for
                what covers a claim). Patterns are in `weasels.tsv`.""",
        flagged = {"Many dentists recommend flossing after every meal.", "It is widely believed that diets fail.",
                "Some clinics have been known to refuse."},
        passes = {"Many readers will know this argument.", "Some would argue otherwise, but I won't.",
                "Many dentists recommend it (Okafor, 2019)."})
public final class Weasel implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (ClaimAnalysis.Claim c : context.analysis(ClaimAnalysis.ANALYSIS).claims(BlockClaims.Kind.WEASEL)) {
            out.report(c.span(), "\"" + c.signal().cue().strip() + "\" stands in for a source: say who, and cite them.")
                    .evidence(c.signal().reason() + " (weasels.tsv).")
                    .fix(ClaimFixes.addFootnote(context, c))
                    .add();
        }
    }
}
