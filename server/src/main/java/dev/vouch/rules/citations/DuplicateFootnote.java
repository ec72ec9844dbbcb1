package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.draft.FootnoteDefinition;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Position;
import java.util.HashMap;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.duplicate-footnote",
        severity = Severity.ERROR,
        summary = "Footnote label defined more than once",
        explanation = """
                Two definitions share one label, so every `[^label]` marker shows the first and the second
                is silently lost. That usually means two sources were meant and one of them now supports
                the wrong claim.

                Give the second definition its own label and marker, or delete it if it repeats the first.""",
        flagged = {"[^1]: Smith 2019.\n[^1]: Jones 2021."},
        passes = {"[^1]: Smith 2019.\n[^2]: Jones 2021."})
public final class DuplicateFootnote implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        Map<String, FootnoteDefinition> first = new HashMap<>();
        for (FootnoteDefinition d : draft.footnoteDefinitions()) {
            FootnoteDefinition earlier = first.putIfAbsent(d.label(), d);
            if (earlier == null) {
                continue;
            }
            Position p = draft.lines().position(earlier.span().start());
            out.report(d.labelSpan(), "Footnote [^" + d.label() + "] is already defined on line "
                            + (p.line() + 1) + "; this definition is never shown.")
                    .fix(Fix.suggestion("Delete this duplicate definition",
                            Edit.delete(UnusedFootnote.wholeLines(draft, d.span()))))
                    .add();
        }
    }
}
