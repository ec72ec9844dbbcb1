package dev.vouch.rule;

import dev.vouch.text.Span;

/** Replace the source text in {@code span} with {@code newText} (an empty span inserts). */
public record Edit(Span span, String newText) {
    public static Edit insert(int at, String text) {
        return new Edit(Span.empty(at), text);
    }

    public static Edit delete(Span span) {
        return new Edit(span, "");
    }

    public static Edit replace(Span span, String text) {
        return new Edit(span, text);
    }
}
