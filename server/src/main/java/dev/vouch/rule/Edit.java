package dev.vouch.rule;

import dev.vouch.text.Span;

/**
 * Replace the source text in {@code span} with {@code newText} (an empty span inserts).
 *
 * @param snippet the same replacement as an LSP snippet ({@code ${1:model}} placeholders, tab stops),
 *                for clients that support snippet edits; null for a plain edit. {@code newText} is always
 *                the plain fallback (placeholders written out as text), which the CLI and clients without
 *                snippet support apply.
 */
public record Edit(Span span, String newText, String snippet) {
    public Edit(Span span, String newText) {
        this(span, newText, null);
    }

    public static Edit insert(int at, String text) {
        return new Edit(Span.empty(at), text);
    }

    public static Edit delete(Span span) {
        return new Edit(span, "");
    }

    public static Edit replace(Span span, String text) {
        return new Edit(span, text);
    }

    /**
     * A replacement with snippet placeholders: {@code plain} for clients without snippet support,
     * {@code snippet} (LSP snippet syntax) for those with it.
     */
    public static Edit snippet(Span span, String plain, String snippet) {
        return new Edit(span, plain, snippet);
    }

    public boolean isSnippet() {
        return snippet != null;
    }

    public Edit shifted(int delta) {
        return new Edit(span.shift(delta), newText, snippet);
    }
}
