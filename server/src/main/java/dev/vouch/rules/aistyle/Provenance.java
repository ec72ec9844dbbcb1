package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.Container;
import dev.vouch.draft.LlmBlock;
import dev.vouch.draft.Section;
import dev.vouch.llm.LlmLabels;

/**
 * Whose prose a block is. Text in a block quote is someone else's words, and text in an LLM content block
 * (a passage the draft labels as LLM output: {@code <div data-llm-output="…">}, a fenced div
 * {@code ::: {.llm-output model="…"}}, {@code <!-- llm-output: … -->} … {@code <!-- /llm-output -->}, or a
 * {@code <details>} section whose summary says it is AI output) is the model's, shown as such: neither is
 * the writer's own prose, so no ai-style rule flags it (labelling is the policy rules' business).
 * Everything else, including an unlabelled {@code <details>} section, is the writer's.
 *
 * <p>What counts as an LLM content block is defined once, by {@link LlmLabels} and the draft model
 * ({@link Block#llmBlock()}); the policy rules read the same blocks, so the two never disagree. The block
 * is among the paragraph's containers, so the block rules' per-content caching sees it.
 */
public final class Provenance {
    private Provenance() {}

    /** Whether the block is the writer's own prose: not quoted, not in an LLM content block. */
    public static boolean isWritersOwn(Block block) {
        for (Container c : block.containers()) {
            if (c.kind() == Container.Kind.BLOCK_QUOTE || c.kind() == Container.Kind.LLM_BLOCK) {
                return false;
            }
        }
        return true;
    }

    /** Whether the block sits inside a block quote. */
    public static boolean isQuoted(Block block) {
        return block.isIn(Container.Kind.BLOCK_QUOTE);
    }

    /**
     * The innermost {@code <details>}/{@code <div>} section around the block that is labelled as AI output,
     * or null (also for blocks in the fenced-div and comment forms, which are not sections: see
     * {@link Block#llmBlock()}).
     */
    public static Section labelledAiSection(Block block) {
        for (int i = block.containers().size() - 1; i >= 0; i--) {
            LlmBlock l = block.containers().get(i).llmBlock();
            if (l != null && l.section() != null) {
                return l.section();
            }
        }
        return null;
    }

    /** Whether a {@code <details>}/{@code <div>} section says its content is AI output ({@link LlmLabels}). */
    public static boolean isLabelledAiOutput(Section section) {
        if (section == null || !(section.tag().equals("div") || section.isDetails())) {
            return false;
        }
        return LlmLabels.ofAttributes(section.attributes()).llm()
                || section.isDetails() && LlmLabels.labelsAiOutput(section.summary());
    }

    /** Whether a label ("Claude's answer", "Output from GPT-4o") says that what follows is AI output. */
    public static boolean labelsAiOutput(String label) {
        return LlmLabels.labelsAiOutput(label);
    }
}
