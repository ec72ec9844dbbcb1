package dev.vouch.draft;

import dev.vouch.text.Span;
import java.util.List;

/**
 * The text of one block as a reader reads it, with the source span of every character.
 *
 * <p>Markup is gone: emphasis markers, link destinations, footnote markers, HTML, escapes and entities
 * are resolved. Inline code, URLs and math each read as one {@link #ATOM} character, so that sentence
 * splitting and word counting see a single opaque word, while {@link #atoms()} says what each one was
 * (the grammar checker reads them as placeholder words). Soft and hard line breaks read as a space.
 */
public final class Prose {
    /** Stands for one inline code span, URL or math formula: a word that is not prose. */
    public static final char ATOM = '\uFFFC';

    public enum AtomKind { CODE, URL, MATH }

    /** An atom at prose offset {@code offset}. */
    public record Atom(int offset, AtomKind kind) {}

    private final String text;
    private final int[] sourceStart;
    private final int[] sourceEnd;
    private final List<Atom> atoms;
    private final int anchor;

    Prose(String text, int[] sourceStart, int[] sourceEnd, List<Atom> atoms, int anchor) {
        this.text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
        this.atoms = List.copyOf(atoms);
        this.anchor = anchor;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    public List<Atom> atoms() {
        return atoms;
    }

    public boolean isAtom(int proseOffset) {
        return text.charAt(proseOffset) == ATOM && atomAt(proseOffset) != null;
    }

    public Atom atomAt(int proseOffset) {
        for (Atom a : atoms) {
            if (a.offset() == proseOffset) {
                return a;
            }
        }
        return null;
    }

    /** Source offset where the prose character at {@code proseOffset} begins. */
    public int sourceStart(int proseOffset) {
        if (text.isEmpty()) {
            return anchor;
        }
        if (proseOffset >= text.length()) {
            return sourceEnd[text.length() - 1];
        }
        return sourceStart[Math.max(0, proseOffset)];
    }

    /** Source offset just past the prose character at {@code proseOffset}. */
    public int sourceEnd(int proseOffset) {
        if (text.isEmpty()) {
            return anchor;
        }
        return sourceEnd[Math.max(0, Math.min(proseOffset, text.length() - 1))];
    }

    /** The source span of the prose range {@code [start, end)}; an empty range maps to a point. */
    public Span toSource(int start, int end) {
        if (end <= start) {
            int at = sourceStart(start);
            return Span.empty(at);
        }
        int s = sourceStart(start);
        int e = sourceEnd(end - 1);
        return new Span(s, Math.max(s, e));
    }

    /**
     * The prose offset of the first character whose source span ends after {@code sourceOffset}: the
     * inverse of {@link #sourceStart} for offsets inside the block (linear; rules call it rarely).
     */
    public int fromSource(int sourceOffset) {
        for (int i = 0; i < text.length(); i++) {
            if (sourceEnd[i] > sourceOffset) {
                return i;
            }
        }
        return text.length();
    }

    /** True when prose characters {@code i} and {@code i+1} are adjacent in the source. */
    public boolean contiguous(int i) {
        return i + 1 < text.length() && sourceEnd[i] == sourceStart[i + 1];
    }

    @Override
    public String toString() {
        return text;
    }
}
