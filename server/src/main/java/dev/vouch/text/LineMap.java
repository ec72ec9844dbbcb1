package dev.vouch.text;

import java.util.Arrays;

/**
 * Maps offsets to line/column and back. Line breaks are {@code \n}, {@code \r\n} and a lone {@code \r},
 * as in LSP. Because Java strings are UTF-16, a column is simply {@code offset - lineStart}: emoji and
 * other astral characters count as two units, exactly as LSP clients expect.
 */
public final class LineMap {
    private final int[] lineStarts;
    private final int length;

    public LineMap(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = n;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int length() {
        return length;
    }

    /** The 0-based line holding {@code offset} (an offset at a line break belongs to the line it ends). */
    public int lineOf(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int idx = Arrays.binarySearch(lineStarts, o);
        return idx >= 0 ? idx : -idx - 2;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** Offset just past the line's content, before its line break. */
    public int lineEnd(int line, CharSequence text) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : length;
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    public Position position(int offset) {
        int line = lineOf(offset);
        return new Position(line, Math.max(0, Math.min(offset, length)) - lineStarts[line]);
    }

    /**
     * The offset of a position, clamped into the document: a line past the end maps to the end, a
     * column past the line's end maps to the end of the line (LSP clients send both).
     */
    public int offset(int line, int column, CharSequence text) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return length;
        }
        int start = lineStarts[line];
        int end = lineEnd(line, text);
        return Math.max(start, Math.min(start + Math.max(0, column), end));
    }

    public int offset(Position p, CharSequence text) {
        return offset(p.line(), p.column(), text);
    }
}
