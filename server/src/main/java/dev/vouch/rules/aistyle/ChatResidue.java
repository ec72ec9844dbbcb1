package dev.vouch.rules.aistyle;

import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Inline;
import dev.vouch.rule.BlockContext;
import dev.vouch.rule.BlockRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Fix;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;

@AutoService(Rule.class)
@RuleInfo(
        id = "ai-style.chat-residue",
        severity = Severity.INFO,
        summary = "The assistant's voice left in the draft: chat residue, sycophancy, reasoning about \"the user\"",
        explanation = """
                Words an assistant says to or about the person it is talking to, left in a draft: reply
                openers ("Certainly! Here is …"), sign-offs ("I hope this helps", "Let me know if you'd
                like me to …"), self-description ("As an AI language model"), knowledge-cutoff
                disclaimers, template slots ("[Your Name]", "2025-xx-xx"), citation artefacts of chat
                interfaces (`oaicite`, `turn0search0`, links tagged `utm_source=chatgpt.com`), praise of the
                user ("You're absolutely right", "What a fascinating question") and the assistant's visible
                reasoning ("The user is asking me to …", "Let me think carefully about this").

                The near-certain entries alone make the paragraph read like assistant output
                (`ai-style.paragraph`); those people also write ("I hope this helps" at the end of a forum
                answer) count only with other evidence; a writer's hope that the post helps other readers ("I hope
                this helps someone who is thinking about starting") is not addressed to a user at all and
                counts only weakly, as a stock phrase. Each entry is in `residue.tsv` with its weight and
                reason. The tracking parameter of a chat-interface link has a safe fix that removes it.
                Quoted text and LLM content blocks are left alone.""",
        flagged = {"Certainly! Here is a summary of the findings.", "I hope this helps!",
                "The user is asking me to shorten the intro.", "Best regards, [Your Name]"},
        passes = {"Certainly, the summary is short.", "As an AI safety researcher, I disagree.",
                "The user is shown a dialog.",
                "I hope this helps someone who is thinking about starting."})
public final class ChatResidue implements BlockRule {
    /** Weaker voice tells ("You're right", "Let me check") only count towards the paragraph score. */
    static final double REPORTED = 2.0;

    @Override
    public void check(Block block, BlockContext context, FindingSink out) {
        if (!Provenance.isWritersOwn(block)) {
            return;
        }
        for (Tell t : BlockTells.of(block)) {
            if (!t.signal().isVoice() || t.weight() < REPORTED) {
                continue;
            }
            if (t.start() < 0) {
                continue;
            }
            String what = switch (t.signal()) {
                case SYCOPHANCY -> "Sycophantic appraisal";
                case REASONING_TRACE -> "Assistant reasoning";
                default -> "Chat residue";
            };
            if (t.text().startsWith(Formatting.TRACKING)) {
                continue; // a link's tracking parameter: reported below with its own fix
            }
            TellReport.report(out, block, t, what + " (\"" + TellReport.quote(t) + "\"): " + t.reason() + ".");
        }
        for (Inline in : block.inlines()) {
            Span param = Formatting.trackingParameter(block, in);
            if (param == null) {
                continue;
            }
            out.report(param, "Link copied from a chat interface (\"" + sourceOf(block, param).replaceAll("^[?&]|&$", "")
                            + "\"): the tracking parameter says where the link came from; remove it.")
                    .fix(Fix.safe("Remove the chat-interface tracking parameter", Edit.delete(param)))
                    .evidence("Chat assistants tag links they cite with utm_source=chatgpt.com or"
                            + " utm_source=openai (Wikipedia: Signs of AI writing).")
                    .add();
        }
    }

    private static String sourceOf(Block block, Span s) {
        int base = block.span().start();
        String src = block.sourceText();
        return src.substring(Math.max(0, s.start() - base), Math.min(src.length(), s.end() - base));
    }
}
