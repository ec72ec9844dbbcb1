package dev.vouch.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Block content keys: equal exactly when what a block rule may read is equal, and short. */
class BlockContentKeyTest {
    private static List<String> keys(String text) {
        return DraftParser.parse(null, text).blocks().stream().map(Block::contentKey).toList();
    }

    @Test
    void sameContentSameKeyWhereverTheBlockSits() {
        List<String> a = keys("First paragraph.\n\nSecond one.\n");
        List<String> b = keys("New paragraph up top.\n\nFirst paragraph.\n\nSecond one.\n");
        assertEquals(a.get(0), b.get(1));
        assertEquals(a.get(1), b.get(2));
        assertEquals(43, a.get(0).length(), "a SHA-256 digest in URL-safe base64");
    }

    @Test
    void textContainerAndLinkResolutionAllChangeTheKey() {
        String plain = keys("Some text here.\n").get(0);
        assertNotEquals(plain, keys("Some text here!\n").get(0));
        assertNotEquals(plain, keys("> Some text here.\n").get(0), "inside a block quote");
        assertNotEquals(plain, keys("# Some text here.\n").get(0), "a heading");
        String unresolved = keys("See [the study][s].\n").get(0);
        String resolved = keys("See [the study][s].\n\n[s]: https://example.org\n").get(0);
        assertNotEquals(unresolved, resolved, "whether a reference resolves is part of the content");
    }
}
