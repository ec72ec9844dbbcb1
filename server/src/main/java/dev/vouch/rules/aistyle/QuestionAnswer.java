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
        id = "ai-style.question-answer",
        severity = Severity.HINT,
        summary = "Staged question-then-answer (\"The result? Chaos.\")",
        explanation = """
                A fragment question answered at once ("The result? Chaos.", "The catch? It only works
                once.") stages a reveal the reader did not ask for; assistants and marketing copy use it to
                fake momentum. A fragment question is flagged wherever it appears. A full rhetorical
                question answered in the next sentence ("Does this matter? It does.") is ordinary argument
                and is flagged only when a paragraph stacks two or more, however short the question ("What
                did I learn?" is a full question, not a fragment); each still counts weakly towards the
                paragraph score. A writer questioning their own past ("What did I learn?", "Where had we
                gone wrong?") is not counted at all: an assistant has no past to ask about. Quoted text and LLM content blocks are left alone.""",
        flagged = {"The result? Chaos.", "The catch? It only works once."},
        passes = {"Is this fair to the tenants? I think the answer depends on the lease, so read it first.",
                "Does the order matter? It does.", "What did I learn? Not much."})
public final class QuestionAnswer implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        List<Tell> tells = BlockTells.of(block, Signal.QUESTION_ANSWER);
        for (Tell t : tells) {
            if (t.weight() < 2.0 && tells.size() < 2) {
                continue;
            }
            TellReport.report(out, block, t, "Question-then-answer (\"" + TellReport.quote(t)
                    + "\"): state the point; the staged reveal reads like assistant prose.");
        }
    }
}
