package dev.vouch.text;

/** A 0-based line and a 0-based column counted in UTF-16 code units, as LSP counts them. */
public record Position(int line, int column) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return (line + 1) + ":" + (column + 1);
    }
}
