package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.draft.FootnoteDefinition;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.empty-footnote",
        severity = Severity.WARNING,
        summary = "Footnote definition with no text",
        explanation = """
                `[^label]:` with nothing after it gives the reader an empty note where a source was
                promised. It is what a definition stub looks like before it is filled in.""",
        flagged = {"[^2]:"},
        passes = {"[^2]: Kobak et al. (2025), Science Advances."})
public final class EmptyFootnote implements DocumentRule {
    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (FootnoteDefinition d : draft.footnoteDefinitions()) {
            if (d.empty()) {
                out.report(d.labelSpan(), "Footnote [^" + d.label() + "] is empty: write the source it stands for.")
                        .add();
            }
        }
    }
}
