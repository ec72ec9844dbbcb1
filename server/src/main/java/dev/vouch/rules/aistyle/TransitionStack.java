package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.transition-stack",
        severity = Severity.HINT,
        summary = "\"Moreover\", \"Furthermore\", \"Additionally\" opening several sentences of one paragraph",
        explanation = """
                Formal transitions opening sentence after sentence ("Moreover, … Furthermore, …
                Additionally, …") are a rhythm of generated prose; most of them can go, since the order of
                the sentences already says that one follows another. One transition in a paragraph is never
                flagged (Wikipedia's guide warns against reading transition words in isolation); two or more
                are, each with a quick fix that deletes it. Quoted text and LLM content blocks
                are left alone.""",
        flagged = {"Moreover, costs rose. Furthermore, staff left. Additionally, sales fell."},
        passes = {"Costs rose. Moreover, the staff who stayed were tired, and sales fell."})
public final class TransitionStack implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        List<Tell> tells = BlockTells.of(block, Signal.TRANSITION_STACK);
        for (Tell t : tells) {
            TellReport.report(out, block, t, "\"" + t.text() + "\" opens " + tells.size()
                    + " sentences of this paragraph with a formal transition; most can go.");
        }
    }
}
