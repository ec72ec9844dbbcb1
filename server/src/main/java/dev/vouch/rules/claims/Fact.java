package dev.vouch.rules.claims;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
        id = "claims.fact",
        severity = Severity.INFO,
        summary = "Fact about the world, with no number or attribution, and no source",
        explanation = """
                Many checkable claims carry no figure and name no study: "Calder Hall was built mostly to
                make plutonium", "California and Texas account for most of the new storage", "Britain
                removed lead from petrol a decade after the US did", "Coal kills more people every year
                than nuclear has". Each is a historical, technical or economic fact a reader may want to
                check. Vouch recognises them when weak cues of two different kinds meet in a sentence: a
                name (a person, place, organisation or product), an event ("founded", "banned", "phased
                out"), a share ("most of", "accounts for"), a scope ("in the world", "every year"), a
                comparison ("more … than"), a cause ("leads to", "kills"), a first/only/last, an authorship
                ("written by") or a relative time ("a decade after", "over centuries"). One cue alone is not
                enough, and a share, comparison, cause or trend needs a name, an event, a number, a scope or a
                time beside it, except that a cause compared or sized ("short walks lower blood sugar more
                than one long walk does") is a measured effect on its own. A capitalised word that opens a
                sentence is a name when its lower-case form is no English word ("France", "Neuronpedia",
                by the en-US spelling dictionary). A general statement about a kind of thing is a claim on
                its own: a sentence opening with a bare plural kind, a material or "a/an" and a kind, then a
                present habit or state verb, or "can"/"could" and a capability verb, and a predicate
                ("Octopuses have three hearts", "Tardigrades can survive in space", "Honey never spoils";
                `generic-verbs.tsv`); "could" there is no hedge, while "It could rain", "we could try",
                people in general and the writer's own things are no kind (`not-kinds.tsv`).

                Not flagged: a clause that is hedged ("probably", "seems", "looks"), told in the first
                person (your own experience), conditional, addressed to the reader ("you"), or that judges
                ("a useful test case", "a better example": opinions and evaluations are not facts) or
                points to a piece of writing ("The Guardian ran a long piece on …", `pointers.tsv`); a section
                headed as your own work ("My own experiment", `own-sections.tsv`);
                questions, imperatives, hypotheticals, fiction and what transcript speakers say about
                themselves; and any claim a citation covers (see claims.statistic). Cues are in
                `facts.tsv`, the judging words in `evaluations.tsv`, capitalised words that are not names in
                `not-names.tsv`.""",
        flagged = {"Calder Hall was built to make plutonium for the bomb programme.",
                "Almost all of the cells in the world are made in China.",
                "Britain removed lead from petrol about a decade after the US did."},
        passes = {"Chile is a useful comparison: it banned the bags early.",
                "I think most of the cells are made in China.",
                "Calder Hall was built to make plutonium.[^1]\n\n[^1]: Hill, The Calder Hall Story, 1996."})
public final class Fact implements DocumentRule {
    private static final Map<String, String> CUES = Map.ofEntries(Map.entry("entity", "a name"),
            Map.entry("event", "an event"), Map.entry("past", "a past act"), Map.entry("authorship", "who made it"),
            Map.entry("share", "a share"), Map.entry("scope", "a scope"), Map.entry("comparative", "a comparison"),
            Map.entry("causal", "a cause"), Map.entry("superlative", "a first, only or last"),
            Map.entry("time", "a time between events"), Map.entry("trend", "a trend"), Map.entry("origin", "an origin"),
            Map.entry("number", "a number"), Map.entry("generic", "a general statement about a kind of thing"));

    /** "entity, event" → "a name, an event". */
    static String cues(String kinds) {
        List<String> out = new ArrayList<>();
        for (String k : kinds.split(",\\s*")) {
            out.add(CUES.getOrDefault(k, k));
        }
        return String.join(", ", out);
    }

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (ClaimAnalysis.Claim c : context.analysis(ClaimAnalysis.ANALYSIS).claims(BlockClaims.Kind.FACT)) {
            out.report(c.span(), "This states a fact about the world (" + cues(c.signal().detail())
                            + ") with no source: cite where it comes from.")
                    .evidence("Weak cues of two kinds meet here: " + c.signal().reason() + " (facts.tsv).")
                    .fix(ClaimFixes.addFootnote(context, c))
                    .add();
        }
    }
}
