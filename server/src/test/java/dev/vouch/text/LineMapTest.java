package dev.vouch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void columnsCountUtf16CodeUnits() {
        String s = "a😀b\nébc";
        LineMap m = new LineMap(s);
        assertEquals(new Position(0, 3), m.position(s.indexOf('b')), "the emoji is two code units");
        assertEquals(new Position(1, 0), m.position(s.indexOf('é')));
        assertEquals(s.indexOf('b'), m.offset(0, 3, s));
    }

    @Test
    void crlfAndLoneCrAreLineBreaks() {
        String s = "one\r\ntwo\rthree\nfour";
        LineMap m = new LineMap(s);
        assertEquals(4, m.lineCount());
        assertEquals(new Position(1, 0), m.position(s.indexOf("two")));
        assertEquals(new Position(2, 0), m.position(s.indexOf("three")));
        assertEquals(new Position(3, 2), m.position(s.indexOf("ur")));
        assertEquals(new Position(0, 3), m.position(3), "the CR of CRLF belongs to the line it ends");
        assertEquals(3, m.lineEnd(0, s));
    }

    @Test
    void offsetsClampIntoTheDocument() {
        String s = "ab\ncd";
        LineMap m = new LineMap(s);
        assertEquals(2, m.offset(0, 99, s), "a column past the end of a line maps to its end");
        assertEquals(s.length(), m.offset(7, 0, s), "a line past the end maps to the end");
        assertEquals(0, m.offset(-1, 5, s));
        assertEquals(new Position(1, 2), m.position(99));
    }
}
