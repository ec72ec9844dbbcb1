package dev.vouch.draft;

import dev.vouch.llm.Models;
import dev.vouch.text.Span;

/**
 * A passage the draft labels as LLM output (an "LLM content block"), by the convention of
 * {@link dev.vouch.llm.LlmLabels}: a {@code <div data-llm-output="MODEL">}, a Pandoc fenced div
 * {@code ::: {.llm-output model="MODEL"}}, a pair of comments {@code <!-- llm-output: MODEL -->} …
 * {@code <!-- /llm-output -->}, or a {@code <details>} section labelled as AI output. Blocks inside one
 * have it among their containers ({@link Container.Kind#LLM_BLOCK}), so that whatever a rule concludes from
 * it is part of the block's content key: its text is not the writer's own prose.
 *
 * @param span           from the opening marker to the end of the closing one (the end of the draft if unclosed)
 * @param open           the opening marker (tag, fence line or comment): where findings about the block go
 * @param content        what lies inside the markers (for a fenced div, the fence lines too: without a blank
 *                       line after the fence, CommonMark reads the fence line and the first paragraph as one)
 * @param model          the model it names, as written (null when it names none; it may be a stand-in)
 * @param modelFromLabel the model was read from a {@code <details>} summary, not from an attribute or marker
 * @param section        for {@link Style#DIV} and {@link Style#DETAILS}, the section; else null
 */
public record LlmBlock(Style style, Span span, Span open, Span content, String model, boolean modelFromLabel,
                       boolean closed, Section section) {
    public enum Style { DIV, FENCED_DIV, COMMENTS, DETAILS }

    /** Whether {@code s} lies inside the block's content. */
    public boolean contains(Span s) {
        return content.start() <= s.start() && s.end() <= content.end();
    }

    /**
     * Whether the block names the model that wrote it: an attribute or marker with a real name (not empty,
     * not a stand-in like "MODEL" or "LLM"), or a summary that names a model or a family ("Claude's answer").
     */
    public boolean namesModel() {
        return modelFromLabel ? model != null : Models.isRealName(model);
    }
}
