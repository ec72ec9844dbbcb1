package dev.vouch.draft;

/**
 * Bounds how deeply a line can nest containers before the text goes to flexmark. Flexmark's time grows
 * with the square of the nesting depth (closing each list walks all the items inside it) and its tree
 * visitors recurse once per level: 10,000 list markers on one line ({@code - - - … text}) took 6 to 15 s
 * to parse, and 10,000 block quote markers overflowed a thread's default 1 MB stack. No draft nests
 * anywhere near {@link #MAX_MARKERS} levels, so past it the rest of the line is read as text: the
 * first character of the next marker becomes a no-break space, which is not Markdown whitespace, so the
 * marker and all after it are the paragraph's text. One character for one, so every offset stays the
 * source's; the draft keeps the writer's text as it is, only the parser sees the change. Lines indented
 * past {@link #MAX_INDENT} columns (nesting by indentation) are treated the same way.
 */
final class NestingGuard {
    /** Container markers ({@code >}, {@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) read per line. */
    static final int MAX_MARKERS = 100;
    /** Leading indentation (in columns) read per line. */
    static final int MAX_INDENT = 400;
    private static final char NEUTRAL = '\u00a0';

    private NestingGuard() {}

    /** {@code source}, or a copy of the same length with over-deep nesting neutralised. */
    static String bound(String source) {
        char[] out = null;
        int n = source.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = source.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int at = cutPoint(source, lineStart, lineEnd);
            if (at >= 0) {
                if (out == null) {
                    out = source.toCharArray();
                }
                out[at] = NEUTRAL;
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? source : new String(out);
    }

    /** Where the line's nesting has to stop (the character to neutralise), or -1 when it is shallow enough. */
    private static int cutPoint(String s, int start, int end) {
        if (end - start < MAX_MARKERS || isThematicBreak(s, start, end)) {
            return -1;
        }
        int i = start;
        int col = 0;
        int markers = 0;
        while (i < end) {
            int ws = i;
            while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                col = s.charAt(i) == '\t' ? (col / 4 + 1) * 4 : col + 1;
                if (col > MAX_INDENT) {
                    return ws; // the whole indentation goes: the line is text
                }
                i++;
            }
            if (i >= end) {
                return -1;
            }
            int m = markerEnd(s, i, end);
            if (m < 0) {
                return -1;
            }
            if (++markers > MAX_MARKERS) {
                return i;
            }
            col += m - i;
            i = m;
        }
        return -1;
    }

    /** The end of a container marker at {@code i}, or -1 when there is none. */
    private static int markerEnd(String s, int i, int end) {
        char c = s.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int j = i;
        if (c == '-' || c == '*' || c == '+') {
            j = i + 1;
        } else {
            while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j == i || j >= end || (s.charAt(j) != '.' && s.charAt(j) != ')')) {
                return -1;
            }
            j++;
        }
        return j >= end || s.charAt(j) == ' ' || s.charAt(j) == '\t' ? j : -1;
    }

    /** {@code - - -}, {@code ***}, {@code ___}: one of those characters (and blanks) only, whatever the length. */
    private static boolean isThematicBreak(String s, int start, int end) {
        char kind = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                continue;
            }
            if ((c != '-' && c != '*' && c != '_') || (kind != 0 && c != kind)) {
                return false;
            }
            kind = c;
        }
        return kind != 0;
    }
}
