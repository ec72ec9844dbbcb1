package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.bold-lead",
        severity = Severity.INFO,
        summary = "Run of list items or paragraphs that open with a bold label (\"**Term:** text\")",
        explanation = """
                "- **Speed:** …", "- **Clarity:** …", "- **Morale:** …": the structured list with bold
                headers is the formatting readers most often name when they stop reading a pasted answer. One
                bold label is ordinary ("**Update:** the figures are in") and is never flagged; the rule
                flags a run of three or more consecutive items or paragraphs that open with a bold label, or
                with distinct plain labels ("Favourite part: …", "Weakest part: …"). A repeated plain label
                is a speaker in a dialogue, not a list, and conventional labels ("Edit:", "Epistemic
                status:") are ignored. Shorter runs still count towards the paragraph score, and in a draft
                where several paragraphs already read like assistant prose the paragraphs of a run of three
                are flagged by `ai-style.paragraph` too. Consider prose, or plain items. Quoted text and
                LLM content blocks are left alone.""",
        flagged = {"- **Speed:** fewer people decide faster.\n- **Clarity:** everyone knows the owner.\n"
                + "- **Morale:** small wins are visible."},
        passes = {"**Update:** the figures for March are now in the table below.",
                "Alice: Shall we go?\nBob: Not yet.\nAlice: Why not?"})
public final class BoldLead implements DocumentRule {
    static final int MIN_RUN = 3;

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        for (Block b : draft.blocks()) {
            int lines = Formatting.boldLeadLines(b);
            if (lines >= MIN_RUN && Provenance.isWritersOwn(b)) {
                out.report(b.span(), lines + " lines in a row open with a bold label: the structured list of"
                                + " assistant output; consider prose or plain items.")
                        .evidence("Lines opening with \"**Term:**\" inside one paragraph: a bold-lead list pasted without"
                                + " its bullets (Wikipedia: Signs of AI writing).")
                        .add();
            }
        }
        for (Formatting.LeadRun run : Formatting.leadRunsOf(draft.blocks())) {
            if (run.blocks().size() < MIN_RUN) {
                continue;
            }
            Block first = run.blocks().get(0);
            if (!run.blocks().stream().allMatch(Provenance::isWritersOwn)) {
                continue;
            }
            String what = run.lead() == Formatting.Lead.BOLD ? "open with a bold label" : "open with a \"Label:\"";
            String kind = first.kind() == dev.vouch.draft.BlockKind.LIST_ITEM ? "list items" : "paragraphs";
            out.report(first.span(), run.blocks().size() + " " + kind + " in a row " + what
                            + ": the structured list of assistant output; consider prose or plain items.")
                    .evidence("A run of " + run.blocks().size() + " consecutive blocks opening with a label. Bold-lead"
                            + " lists (\"- **Header:** text\") are a formatting tell of assistant output"
                            + " (Wikipedia: Signs of AI writing).")
                    .add();
        }
    }
}
