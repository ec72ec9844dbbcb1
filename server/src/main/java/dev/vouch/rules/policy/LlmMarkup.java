package dev.vouch.rules.policy;

import dev.vouch.draft.Draft;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Fix;
import dev.vouch.text.Span;

/**
 * The edits that label text as LLM output: wrapping whole lines in an LLM content block or in a labelled
 * {@code <details>} section, with the model (and the prompt) as snippet placeholders. Public so that the
 * language server can offer the same wrap for a selection as a code action.
 */
public final class LlmMarkup {
    /** What the plain-text fallback writes where the snippet has a placeholder for the model. */
    public static final String MODEL_PLACEHOLDER = "MODEL";
    public static final String PROMPT_PLACEHOLDER = "PROMPT";

    private LlmMarkup() {}

    /**
     * "Mark as LLM output": wraps the lines that {@code selection} touches in
     * {@code <div data-llm-output="MODEL">} … {@code </div>}, blank lines inside so the Markdown still
     * renders. The model is a snippet placeholder ({@code MODEL} for clients without snippets). Null when
     * the selection is empty of text.
     */
    public static Fix markAsLlmOutput(Draft draft, Span selection) {
        Span lines = wholeLines(draft, selection);
        if (lines == null) {
            return null;
        }
        String nl = draft.lineBreak();
        String open = "<div data-llm-output=\"";
        return new Fix("Mark as LLM output (an LLM content block naming the model)", java.util.List.of(
                Edit.snippet(Span.empty(lines.start()), open + MODEL_PLACEHOLDER + "\">" + nl + nl,
                        open + "${1:" + MODEL_PLACEHOLDER + "}\">" + nl + nl),
                Edit.insert(lines.end(), nl + nl + "</div>")), false, false);
    }

    /**
     * Wraps the lines {@code selection} touches in a {@code <details>} section whose summary labels them
     * as AI output with model and prompt (LessWrong's 2025 labelling), as snippet placeholders.
     */
    public static Fix wrapInLabelledDetails(Draft draft, Span selection) {
        Span lines = wholeLines(draft, selection);
        if (lines == null) {
            return null;
        }
        String nl = draft.lineBreak();
        String plain = "<details>" + nl + "<summary>AI output: " + MODEL_PLACEHOLDER + ", prompted with \""
                + PROMPT_PLACEHOLDER + "\"</summary>" + nl + nl;
        String snippet = "<details>" + nl + "<summary>AI output: ${1:" + MODEL_PLACEHOLDER + "}, prompted with \"${2:"
                + PROMPT_PLACEHOLDER + "}\"</summary>" + nl + nl;
        return new Fix("Put the AI output in a collapsible section labelled with model and prompt", java.util.List.of(
                Edit.snippet(Span.empty(lines.start()), plain, snippet),
                Edit.insert(lines.end(), nl + nl + "</details>")), false, false);
    }

    /** From the start of the first line to the end of the last line's text; null when blank. */
    static Span wholeLines(Draft draft, Span selection) {
        String src = draft.source();
        int first = draft.lines().lineOf(selection.start());
        int lastOffset = selection.isEmpty() ? selection.start() : Math.max(selection.start(), selection.end() - 1);
        int last = draft.lines().lineOf(lastOffset);
        int start = draft.lines().lineStart(first);
        int end = draft.lines().lineEnd(last, src);
        if (end <= start || src.substring(start, end).isBlank()) {
            return null;
        }
        return new Span(start, end);
    }
}
