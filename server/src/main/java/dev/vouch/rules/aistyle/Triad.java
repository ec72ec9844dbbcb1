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
        id = "ai-style.triad",
        severity = Severity.HINT,
        summary = "Reflexive groups of three stacked in one paragraph (\"clear, concise, and compelling\")",
        explanation = """
                Assistants group things in threes by reflex: three adjectives, three benefits, three
                clauses opened by the same word ("no plan, no budget, no owner"). One triad is ordinary
                rhetoric and is never flagged; a paragraph with two or more is flagged, since the habit,
                not the figure, is the tell. Every triad still counts, weakly, towards the paragraph
                score. Lists of four or more are not triads, and neither is the writer narrating what they
                did or bought ("I bought eggs, milk, and bread", "we drove home, unpacked, and slept": the
                writer as subject, short items, no abstract noun or evaluative adjective among them). Quoted
                text and LLM content blocks are left alone.""",
        flagged = {"The prose is clear, concise, and compelling. The tool is fast, reliable, and secure."},
        passes = {"We needed flour, eggs and butter for the cake.", "We tried red, green, blue and yellow.",
                "I bought eggs, milk, and bread. Then I drove home, unpacked, and slept."})
public final class Triad implements BlockRule {
    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        List<Tell> tells = BlockTells.of(block, Signal.TRIAD);
        if (tells.size() < 2) {
            return;
        }
        for (Tell t : tells) {
            TellReport.report(out, block, t, "Group of three (\"" + TellReport.quote(t) + "\"), one of "
                    + tells.size() + " in this paragraph: keep the items that carry weight.");
        }
    }
}
