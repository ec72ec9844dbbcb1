package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.rules.claims.ClaimFixes;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.unresolved-author-year",
        severity = Severity.WARNING,
        summary = "Author-year citation with no reference entry, link or bibliography key behind it",
        explanation = """
                "(Okafor et al., 2025)", "Okafor et al. (2025)" and "Mbeki et al 2025" promise an entry the reader
                can look up. When the draft keeps a list of sources (a "References", "Bibliography", "Works
                cited", "Sources" or "Further reading" section, or a bibliography in front matter) every
                author-year citation should have an entry there, in the notes or in the bibliography with
                the same surname and year, or a link in its sentence. A missing one usually means the
                entry was never added or the year is wrong.

                In a draft with no reference list at all the citations are not flagged one by one:
                `citations.no-reference-list` gives that draft one finding, at its end. Set
                `requireReferenceList` to flag every author-year citation without a link in such drafts
                too. The fix adds a footnote for the full reference.""",
        flagged = {"Reward hacking starts early (Okafor et al., 2025).\n\n## References\n\n- Mbeki, T. (2025). Simulated consequences."},
        passes = {"Reward hacking starts early (Okafor et al., 2025).\n\n## References\n\n- Okafor, C. et al. (2025). Early reward hacking.",
                "Reward hacking starts early ([Okafor et al., 2025](https://arxiv.org/abs/2401.01234))."})
public final class UnresolvedAuthorYear implements DocumentRule {
    static final OptionSpec<Boolean> REQUIRE_LIST = OptionSpec.bool("requireReferenceList", false,
            "Also flag author-year citations without a link in drafts that have no reference list or "
                    + "bibliography at all.");

    @Override
    public List<OptionSpec<?>> options() {
        return List.of(REQUIRE_LIST);
    }

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        References refs = context.analysis(References.ANALYSIS);
        boolean strict = context.option(REQUIRE_LIST);
        if (!refs.hasReferencePlace() && !strict) {
            return;
        }
        for (References.Found f : refs.authorYearCitations()) {
            String[] sy = f.citation().detail().split(" ");
            if (f.linked() || refs.listsAuthorYear(sy[0], sy[1])) {
                continue;
            }
            String where = refs.hasReferencePlace() ? "no entry in the references, notes or bibliography"
                    : "no reference list, link or bibliography behind it";
            out.report(f.span(), "\"" + f.citation().text() + "\" has " + where + ": add the full reference.")
                    .fix(context.analysis(ClaimFixes.FOOTNOTE_STUB).at(f.span().end(), "Add a footnote for the full reference"))
                    .add();
        }
    }
}
