package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.emoji-bullet",
        severity = Severity.HINT,
        summary = "List item or heading that opens with an emoji",
        explanation = """
                "🚀 Faster builds", "✅ Fewer bugs": list items and headings that open with an emoji are a
                formatting habit of assistant output, and on an essay site they read as a pasted answer. An
                emoji inside or at the end of a sentence is left alone. The quick fix deletes the emoji.
                Quoted text and LLM content blocks are left alone.""",
        flagged = {"- 🚀 Faster builds", "## ✅ What we learned"},
        passes = {"- Faster builds, finally 🎉", "We celebrated 🎉 and went home."})
public final class EmojiBullet implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        for (Tell t : BlockTells.of(block, Signal.EMOJI)) {
            int end = t.end();
            while (end < block.prose().length() && block.prose().text().charAt(end) == ' ') {
                end++;
            }
            var r = out.report(t.span(block), (block.isHeading() ? "Heading" : "List item")
                            + " opens with an emoji (" + t.text() + "): a formatting habit of assistant output.")
                    .evidence(t.reason());
            if (TellFixes.plain(block.prose(), t.start(), end)) {
                r.fix(new Fix("Delete the emoji", java.util.List.of(Edit.delete(block.prose().toSource(t.start(), end))),
                        false, true));
            }
            r.add();
        }
    }
}
