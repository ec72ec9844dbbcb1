package dev.vouch.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** Accumulates prose characters with their source spans; {@link DraftParser} is its only user. */
final class ProseBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] start = new int[64];
    private int[] end = new int[64];
    private final List<Prose.Atom> atoms = new ArrayList<>();
    /** Characters that came from an escape or an entity: never markup delimiters. */
    private final BitSet literal = new BitSet();

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** Appends source text {@code [from, to)} verbatim, one prose character per source character. */
    void appendSource(CharSequence source, int from, int to) {
        for (int i = from; i < to; i++) {
            add(source.charAt(i), i, i + 1, false);
        }
    }

    /** Appends {@code value} standing for the source span {@code [from, to)}, e.g. a decoded entity. */
    void appendMapped(String value, int from, int to, boolean isLiteral) {
        for (int i = 0; i < value.length(); i++) {
            add(value.charAt(i), from, to, isLiteral);
        }
    }

    void appendAtom(Prose.AtomKind kind, int from, int to) {
        atoms.add(new Prose.Atom(text.length(), kind));
        add(Prose.ATOM, from, to, true);
    }

    /** A space standing for a line break or an HTML tag, unless the prose already ends in one. */
    void appendSpace(int from, int to) {
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            add(' ', from, to, false);
        }
    }

    boolean isLiteral(int i) {
        return literal.get(i);
    }

    /** Replaces prose {@code [from, to)} with one atom spanning the same source. */
    void collapseToAtom(int from, int to, Prose.AtomKind kind) {
        int s = start[from];
        int e = end[to - 1];
        int removed = to - from - 1;
        text.replace(from, to, String.valueOf(Prose.ATOM));
        System.arraycopy(start, to, start, from + 1, text.length() - from - 1);
        System.arraycopy(end, to, end, from + 1, text.length() - from - 1);
        start[from] = s;
        end[from] = e;
        List<Prose.Atom> kept = new ArrayList<>();
        for (Prose.Atom a : atoms) {
            if (a.offset() < from) {
                kept.add(a);
            } else if (a.offset() >= to) {
                kept.add(new Prose.Atom(a.offset() - removed, a.kind()));
            }
        }
        kept.add(new Prose.Atom(from, kind));
        kept.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
        atoms.clear();
        atoms.addAll(kept);
        BitSet shifted = new BitSet();
        for (int i = literal.nextSetBit(0); i >= 0; i = literal.nextSetBit(i + 1)) {
            if (i < from) {
                shifted.set(i);
            } else if (i >= to) {
                shifted.set(i - removed);
            }
        }
        shifted.set(from);
        literal.clear();
        literal.or(shifted);
    }

    Prose build(int anchor) {
        int n = text.length();
        return new Prose(text.toString(), Arrays.copyOf(start, n), Arrays.copyOf(end, n), atoms, anchor);
    }

    private void add(char c, int from, int to, boolean isLiteral) {
        int i = text.length();
        if (i == start.length) {
            start = Arrays.copyOf(start, i * 2);
            end = Arrays.copyOf(end, i * 2);
        }
        text.append(c);
        start[i] = from;
        end[i] = to;
        if (isLiteral) {
            literal.set(i);
        }
    }
}
