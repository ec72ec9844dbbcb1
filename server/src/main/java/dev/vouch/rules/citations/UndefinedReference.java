package dev.vouch.rules.citations;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Inline;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "citations.undefined-reference",
        severity = Severity.ERROR,
        summary = "Reference-style link whose label has no definition",
        explanation = """
                `[text][label]` and `[label][]` need a line `[label]: https://…` somewhere in the draft.
                Without it the link renders as bracketed text and the reader cannot follow it.

                A bare `[label]` with no definition is not flagged: it is as often plain bracketed text as
                a forgotten link.""",
        flagged = {"See [the survey][pew] for details. (no `[pew]:` line)", "See [pew][] for details."},
        passes = {"See [the survey][pew].\n\n[pew]: https://www.pewresearch.org/", "A note [in brackets]."})
public final class UndefinedReference implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        String source = block.sourceText();
        int base = block.span().start();
        for (Inline in : block.inlines()) {
            if (in.kind() != Inline.Kind.REFERENCE_LINK || in.resolved()) {
                continue;
            }
            String written = source.substring(in.span().start() - base, in.span().end() - base);
            boolean separateLabel = written.endsWith("[]") || written.indexOf("][") > 0;
            if (separateLabel) {
                out.report(in.span(), "Link label [" + in.label() + "] has no definition "
                        + "(add a line \"[" + in.label() + "]: URL\").").add();
            }
        }
    }
}
