package dev.vouch.draft;

import dev.vouch.text.Span;

/**
 * An HTML comment, whether a block of its own or inline. {@code body} is the text between
 * {@code <!--} and {@code -->}, trimmed.
 */
public record HtmlComment(String body, Span span, boolean block) {
}
