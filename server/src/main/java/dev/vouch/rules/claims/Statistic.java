package dev.vouch.rules.claims;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
        id = "claims.statistic",
        severity = Severity.INFO,
        summary = "Figure about the world with no source",
        explanation = """
                A percentage, an amount of money, a multiplier ("3 times more likely", "10x"), a share ("one in
                five", "half of all adults"), a count ("more than 300 studies", "12,400 homes"), a date of an
                event ("in 2009", "on October 3rd") or a ranking ("the largest … in the world") is exactly
                what a careful reader checks, and a misremembered figure is the most common published
                mistake. Cite where the number comes from, or say it is your own.

                Not flagged: numbers in hedged clauses ("I think about 30%"), the writer's own estimates,
                experience and measurements ("my guess is 30%", "I spent $200", "we measured a 30% drop"),
                hypotheticals and toy models ("suppose 10% churn", "if 10% of users …"), questions,
                imperatives ("see page 28"), names with numbers in them ("GPT-4", "COVID-19"), code and math,
                fiction, what speakers in a transcript say about themselves, and any claim a citation
                covers: one in the same sentence, a reference back to a source already cited ("their paper
                found 80%"), or a citation in a later sentence of the paragraph that makes no claim of its
                own and follows this one claim. A weak cue (a bare count, "80 years ago", a decade) needs a
                second one. Cues and weights are in `statistics.tsv`.

                Fixes: add a footnote for the source (a `[^n]` marker after the sentence and an empty
                `[^n]: ` note at the end, numbered after the existing ones), or mark the number as your own
                estimate.""",
        flagged = {"Recent surveys put remote work at 28% of paid days.", "Shoppers spent $48 billion that weekend.",
                "The festival was founded in 1998 by two students."},
        passes = {"I think about 30% of readers would agree.", "My guess: 30% of them churn.",
                "Remote work is 28% of paid days.[^1]\n\n[^1]: WFH Research, SWAA, 2024.",
                "GPT-4 and COVID-19 are names, not figures."})
public final class Statistic implements DocumentRule {
    private static final Set<String> NUMBERS = Set.of("percentage", "amount of money", "count", "multiplier", "ratio",
            "share", "change", "quantity", "rate");

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (ClaimAnalysis.Claim c : context.analysis(ClaimAnalysis.ANALYSIS).claims(BlockClaims.Kind.STATISTIC)) {
            String kind = c.signal().detail();
            FindingSink.Builder b = out.report(c.span(), "\"" + c.signal().cue().strip() + "\" is " + article(kind)
                            + " with no source: cite where it comes from"
                            + (NUMBERS.contains(kind) ? ", or mark it as your own estimate." : "."))
                    .evidence("A " + kind + ": " + c.signal().reason() + " (statistics.tsv).")
                    .fix(ClaimFixes.addFootnote(context, c));
            if (NUMBERS.contains(kind)) {
                b.fix(ClaimFixes.markEstimate(c));
            }
            b.add();
        }
    }

    private static String article(String kind) {
        return switch (kind) {
            case "amount of money" -> "an amount of money";
            case "date" -> "a date of an event";
            case "ranking" -> "a ranking";
            default -> kind.isEmpty() ? "a figure" : ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
        };
    }
}
