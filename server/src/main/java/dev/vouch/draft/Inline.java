package dev.vouch.draft;

import dev.vouch.text.Span;

/**
 * A piece of inline markup inside a block: a link, a footnote reference, code, emphasis, an inline
 * HTML tag or comment, or math.
 *
 * @param span            the whole construct in the source
 * @param textSpan        the link text, emphasis content or code content in the source (may be empty)
 * @param destination     link or image destination as written (after reference resolution for
 *                        reference links); for footnote references and reference links, null
 * @param destinationSpan where the destination is written, or null (reference links, autolinks' own text)
 * @param label           the reference label of a reference link or the footnote label; else null
 * @param resolved        false for a reference link or footnote reference with no definition
 */
public record Inline(Kind kind, Span span, Span textSpan, String destination, Span destinationSpan,
                     String label, boolean resolved) {

    public enum Kind {
        LINK,
        /** {@code [text][label]}, {@code [label][]} or {@code [label]}: see {@link #referenceStyle}. */
        REFERENCE_LINK,
        /** {@code <https://…>} or a bare URL. */
        AUTOLINK,
        IMAGE,
        FOOTNOTE_REFERENCE,
        CODE,
        EMPHASIS,
        STRONG,
        STRIKETHROUGH,
        HTML,
        HTML_COMMENT,
        MATH
    }

    /** For a REFERENCE_LINK, how it was written. */
    public enum ReferenceStyle { FULL, COLLAPSED, SHORTCUT }

    public boolean isLink() {
        return kind == Kind.LINK || kind == Kind.REFERENCE_LINK || kind == Kind.AUTOLINK;
    }

    /** Whether the reference label was written separately, as {@code [text][label]}. */
    public ReferenceStyle referenceStyle(CharSequence source) {
        if (kind != Kind.REFERENCE_LINK) {
            return null;
        }
        String s = span.of(source);
        if (s.endsWith("[]")) {
            return ReferenceStyle.COLLAPSED;
        }
        return s.indexOf("][") > 0 ? ReferenceStyle.FULL : ReferenceStyle.SHORTCUT;
    }
}
