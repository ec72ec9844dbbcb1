package dev.vouch.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code unit offsets into a draft's source text.
 * Offsets, not line/column pairs, are what the model and the rules work in; {@link LineMap} turns them
 * into the 0-based line and UTF-16 column that LSP uses (and the CLI prints 1-based).
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public static Span empty(int at) {
        return new Span(at, at);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public String of(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
