package dev.vouch.rules.policy;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.LlmBlock;
import dev.vouch.rule.Analysis;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The LLM content blocks of a draft, as the policy rules ask about them. What counts as one is the draft
 * model's ({@link Draft#llmBlocks()}, by the convention of {@link dev.vouch.llm.LlmLabels}, described in
 * docs/policies.md), the same definition the ai-style rules read through
 * {@link dev.vouch.rules.aistyle.Provenance}: a passage is LLM output for both or for neither.
 */
final class LlmBlocks {
    private LlmBlocks() {}

    /** Every LLM block of the draft, by start. */
    static final Analysis<List<LlmBlock>> ANALYSIS = context -> context.draft().llmBlocks();

    /** The block whose content holds {@code span}, innermost first; null when none does. */
    static LlmBlock around(List<LlmBlock> blocks, Span span) {
        LlmBlock best = null;
        for (LlmBlock b : blocks) {
            if (b.contains(span) && (best == null || b.content().length() < best.content().length())) {
                best = b;
            }
        }
        return best;
    }

    /** Blocks of the draft that lie inside no LLM block: the writer's own prose. */
    static List<Block> outside(Draft draft, List<LlmBlock> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : draft.blocks()) {
            if (around(blocks, b.span()) == null) {
                out.add(b);
            }
        }
        return out;
    }
}
