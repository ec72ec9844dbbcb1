package dev.vouch.draft;

import dev.vouch.text.Span;

/** {@code [label]: destination "title"}. */
public record ReferenceDefinition(String label, String destination, Span span) {
}
