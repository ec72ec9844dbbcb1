package dev.vouch.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordCounterTest {
    @Test
    void countsWordsAsAReaderWould() {
        assertEquals(4, WordCounter.count("Four words in here"));
        assertEquals(2, WordCounter.count("this—that"), "an em dash separates words");
        assertEquals(3, WordCounter.count("well-known and/or so"), "hyphens and slashes join");
        assertEquals(2, WordCounter.count("one — two"), "a lone dash is not a word");
        assertEquals(3, WordCounter.count("It costs $5"));
    }

    @Test
    void codeUrlsAndMarkupAreNotWords() {
        Draft d = DraftParser.parse("Run `npm ci` then visit https://example.org/long/path now.\n\n```\nnot counted at all\n```\n");
        assertEquals(4, d.words());
        Draft fm = DraftParser.parse("---\ntitle: many words in the title\n---\n\n**Bold** [link text](http://x.y) <!-- hidden -->");
        assertEquals(3, fm.words());
    }
}
