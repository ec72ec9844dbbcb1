package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.draft.FootnoteDefinition;
import dev.vouch.draft.Inline;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.util.HashSet;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.unused-footnote",
        severity = Severity.WARNING,
        summary = "Footnote definition that nothing refers to",
        explanation = """
                A definition `[^label]: …` that no `[^label]` marker points at is never shown to the
                reader: most renderers drop it. Often the marker was deleted in an edit, or the two labels
                differ by a typo, which leaves a claim without its source.

                Add the marker where the source belongs, or delete the definition (the suggested fix).""",
        flagged = {"[^old]: Smith 2019, p. 4. (no `[^old]` in the text)"},
        passes = {"As Smith showed.[^old]\n\n[^old]: Smith 2019, p. 4."})
public final class UnusedFootnote implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        Set<String> referenced = new HashSet<>();
        for (Inline in : draft.inlines()) {
            if (in.kind() == Inline.Kind.FOOTNOTE_REFERENCE) {
                referenced.add(in.label());
            }
        }
        for (FootnoteDefinition d : draft.footnoteDefinitions()) {
            if (referenced.contains(d.label())) {
                continue;
            }
            out.report(d.labelSpan(), "Footnote [^" + d.label() + "] is defined but never referenced.")
                    .fix(Fix.suggestion("Delete the definition of [^" + d.label() + "]",
                            Edit.delete(wholeLines(draft, d.span()))))
                    .add();
        }
    }

    /** The span's lines including the final line break, so deleting it leaves no blank line behind. */
    static Span wholeLines(Draft draft, Span span) {
        String src = draft.source();
        int start = draft.lines().lineStart(draft.lines().lineOf(span.start()));
        int end = span.end();
        if (end < src.length() && src.charAt(end) == '\r') {
            end++;
        }
        if (end < src.length() && src.charAt(end) == '\n') {
            end++;
        }
        return new Span(start, end);
    }
}
