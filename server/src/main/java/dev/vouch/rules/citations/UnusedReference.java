package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.draft.Inline;
import dev.vouch.draft.ReferenceDefinition;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.unused-reference",
        severity = Severity.INFO,
        summary = "Link reference definition that no link uses",
        explanation = """
                A line `[label]: https://…` that no `[text][label]`, `[label][]` or `[label]` uses is not
                shown to the reader. It is often a source whose link was lost in an edit.""",
        flagged = {"[pew]: https://www.pewresearch.org/ (and no link uses [pew])"},
        passes = {"See [the survey][pew].\n\n[pew]: https://www.pewresearch.org/"})
public final class UnusedReference implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        Set<String> used = new HashSet<>();
        for (Inline in : draft.inlines()) {
            if (in.kind() == Inline.Kind.REFERENCE_LINK && in.label() != null) {
                used.add(normalize(in.label()));
            }
        }
        for (ReferenceDefinition d : draft.referenceDefinitions()) {
            if (!used.contains(normalize(d.label()))) {
                out.report(d.span(), "Link reference [" + d.label() + "] is defined but no link uses it.")
                        .fix(Fix.suggestion("Delete the unused definition",
                                Edit.delete(UnusedFootnote.wholeLines(draft, d.span()))))
                        .add();
            }
        }
    }

    /** CommonMark matches labels case-insensitively with white space collapsed. */
    private static String normalize(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
