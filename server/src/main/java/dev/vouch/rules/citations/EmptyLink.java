package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Inline;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.empty-link",
        severity = Severity.WARNING,
        summary = "Link with no text or no destination",
        explanation = """
                `[](https://…)` shows the reader nothing to click; `[text]()`, `[text](<>)` and
                `[text](#)` go nowhere. Both are usually a source that was meant to be pasted in later.""",
        flagged = {"The [original study]() found otherwise.", "Source: [](https://example.org/paper)."},
        passes = {"The [original study](https://doi.org/10.1000/xyz) found otherwise."})
public final class EmptyLink implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        String source = block.sourceText();
        int base = block.span().start();
        for (Inline in : block.inlines()) {
            if (in.kind() != Inline.Kind.LINK && !(in.kind() == Inline.Kind.REFERENCE_LINK && in.resolved())) {
                continue;
            }
            String dest = in.destination() == null ? "" : in.destination().strip();
            String text = in.textSpan().isEmpty() ? ""
                    : source.substring(in.textSpan().start() - base, in.textSpan().end() - base).strip();
            if (dest.isEmpty() || dest.equals("#")) {
                FindingSink.Builder b = out.report(in.span(), text.isEmpty()
                        ? "Empty link: no text and no destination."
                        : "Link \"" + text + "\" has no destination.");
                if (!text.isEmpty() && in.kind() == Inline.Kind.LINK) {
                    b.fix(Fix.suggestion("Remove the link, keep its text", Edit.replace(in.span(), text)));
                }
                b.add();
            } else if (text.isEmpty()) {
                out.report(in.span(), "Link to " + dest + " has no text for the reader to see.")
                        .fix(Fix.suggestion("Use the address as the link text",
                                Edit.replace(in.textSpan().isEmpty() ? in.span() : in.textSpan(),
                                        in.textSpan().isEmpty() ? "<" + dest + ">" : dest)))
                        .add();
            }
        }
    }
}
