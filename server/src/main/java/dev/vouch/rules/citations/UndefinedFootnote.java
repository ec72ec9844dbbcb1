package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.draft.Inline;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.HashSet;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.undefined-footnote",
        severity = Severity.ERROR,
        summary = "Footnote reference with no definition",
        explanation = """
                A footnote marker such as `[^3]` points at a definition `[^3]: …` that the draft does not
                have, so the reader finds nothing behind it and most renderers print the marker as literal
                text. Usually the note was never written or its label was mistyped.

                The fix appends an empty definition stub at the end of the draft for you to fill in.""",
        flagged = {"Rates doubled.[^src] (with no `[^src]:` line anywhere)"},
        passes = {"Rates doubled.[^src]\n\n[^src]: Census Bureau, 2024."})
public final class UndefinedFootnote implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        Set<String> stubbed = new HashSet<>();
        for (Inline in : draft.inlines()) {
            if (in.kind() != Inline.Kind.FOOTNOTE_REFERENCE || in.resolved()) {
                continue;
            }
            FindingSink.Builder b = out.report(in.span(),
                    "Footnote [^" + in.label() + "] has no definition.");
            if (stubbed.add(in.label())) {
                b.fix(Fix.safe("Add a definition stub for [^" + in.label() + "] at the end",
                        Footnotes.appendDefinition(draft, in.label(), "")));
            }
            b.add();
        }
    }
}
