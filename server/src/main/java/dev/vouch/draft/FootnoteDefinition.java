package dev.vouch.draft;

import dev.vouch.text.Span;

/**
 * {@code [^label]: text}. {@code labelSpan} covers {@code [^label]:}; {@code contentSpan} the text after
 * it; {@code empty} is true when that text holds nothing but white space and HTML comments.
 */
public record FootnoteDefinition(String label, Span span, Span labelSpan, Span contentSpan, boolean empty) {
}
