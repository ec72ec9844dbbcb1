package dev.vouch.draft;

import dev.vouch.text.Span;

/**
 * One sentence of a block: prose offsets {@code [start, end)} into {@code block.prose()}, trimmed of
 * surrounding white space.
 */
public record Sentence(Block block, int index, int start, int end) {

    public String text() {
        return block.prose().text().substring(start, end);
    }

    /** Where the sentence is in the source. */
    public Span span() {
        return block.prose().toSource(start, end);
    }

    /** The source span of prose offsets {@code [from, to)} relative to this sentence's start. */
    public Span spanOf(int from, int to) {
        return block.prose().toSource(start + from, start + to);
    }

    @Override
    public String toString() {
        return text();
    }
}
