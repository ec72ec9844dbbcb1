package dev.vouch.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.draft.Block;
import dev.vouch.draft.BlockKind;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.TextPart;

/**
 * Per Markdown node type, the exact text LanguageTool reads, and that its offsets map back to the source
 * character by character. No LanguageTool check runs here: building the annotated text needs none.
 */
class GrammarTextTest {
    /** The text LanguageTool reads for each block of {@code markdown}. */
    private static List<String> read(String markdown) {
        Draft d = DraftParser.parse(markdown);
        return d.blocks().stream().map(b -> checkedMapping(b).plain()).toList();
    }

    private static String one(String markdown) {
        List<String> all = read(markdown);
        assertEquals(1, all.size(), "blocks of " + markdown + ": " + all);
        return all.get(0);
    }

    /**
     * The annotated text's markup and text parts spell out the block's source exactly, and every plain
     * character that came from text maps (by LanguageTool's own mapping) to that same character in the
     * source: so a match on text lands on exactly the characters LanguageTool read.
     */
    private static GrammarText checkedMapping(Block b) {
        GrammarText t = GrammarText.of(b);
        AnnotatedText a = t.annotated();
        assertEquals(b.sourceText(), a.getTextWithMarkup(), "parts must spell the block's source");
        assertEquals(b.sourceText(), t.original());
        int plainPos = 0;
        for (TextPart p : a.getParts()) {
            String part = p.getPart();
            if (p.getType() == TextPart.Type.TEXT) {
                for (int k = 0; k < part.length(); k++) {
                    int from = a.getOriginalTextPositionFor(plainPos + k, false);
                    int to = a.getOriginalTextPositionFor(plainPos + k, true) + 1;
                    assertEquals(String.valueOf(part.charAt(k)), t.original().substring(from, to),
                            "plain offset " + (plainPos + k) + " of \"" + t.plain() + "\" in \"" + t.original() + "\"");
                }
            }
            if (p.getType() != TextPart.Type.MARKUP) {
                plainPos += part.length();
            }
        }
        if (!t.plain().isEmpty()) {
            int last = a.getOriginalTextPositionFor(t.plain().length() - 1, true) + 1;
            assertTrue(last <= t.original().length(), "the last character maps inside the block");
        }
        return t;
    }

    @Test
    void emphasisAndStrikethroughMarkersReadAsNothing() {
        assertEquals("a bold and italic word, struck", one("a **bold** and _italic_ word, ~~struck~~"));
    }

    @Test
    void linksReadAsTheirTextAndNeverTheirDestination() {
        assertEquals("see the study and the other one",
                one("see [the study](https://example.org/a_b \"Title\") and [the other one][ref]\n\n[ref]: https://x.org"));
        assertEquals("an  image here", one("an ![alt text](pic.png) image here"),
                "an image is markup; the spaces around it are the writer's (Markdown shows them as one)");
    }

    @Test
    void urlsCodeAndMathReadAsAPlaceholderWord() {
        assertEquals("see Thing or Thing", one("see <https://example.org> or https://example.org/x"));
        assertEquals("call Thing twice", one("call `init()` twice"));
        assertEquals("where Thing is the count", one("where $n_i$ is the count"));
        assertEquals("so Thing holds", one("so $$\\sum_i x_i = 1$$ holds"));
        assertEquals("Thing returns null", one("`parse()` returns null"));
    }

    @Test
    void placeholderAfterAnStartsWithAVowel() {
        assertEquals("an Item and a Thing", one("an `int` and a `long`"));
        assertEquals("An Item", one("An `enum`"));
    }

    @Test
    void snakeCaseIdentifiersTypedAsTextReadAsAPlaceholder() {
        assertEquals("open Thing, then Thing.", one("open run_all.py, then score_v2."));
        assertEquals("a snake-case word and _emphasis_ stay", one("a snake-case word and \\_emphasis\\_ stay"));
    }

    @Test
    void footnoteReferencesHtmlAndCommentsReadAsNothing() {
        assertEquals(List.of("The claim holds.", "Source."), read("The claim[^1] holds.\n\n[^1]: Source."),
                "a footnote's text is a block of its own");
        assertEquals("a red word", one("a <span class=\"x\">red</span> word"));
        assertEquals("before  after", one("before <!-- a note --> after"));
        assertEquals("line one line two", one("line one<br>line two"));
    }

    @Test
    void entitiesEscapesAndLineBreaksReadAsWhatTheReaderSees() {
        assertEquals("Tom & Jerry * not emphasis", one("Tom &amp; Jerry \\* not emphasis"));
        assertEquals("one line and the next", one("one line\nand the next"));
        assertEquals("quoted on two lines", one("> quoted on\n> two lines"));
        assertEquals("hard break here", one("hard break  \nhere"));
    }

    @Test
    void headingsListItemsAndTableCellsAreFragmentsOfTheirOwn() {
        Draft d = DraftParser.parse("## Results and open questions ##\n\n- first item\n- second item\n\n"
                + "| name | value |\n|---|---|\n| speed | fast |\n");
        List<String> texts = d.blocks().stream().map(b -> checkedMapping(b).plain()).toList();
        assertEquals(List.of("Results and open questions", "first item", "second item", "name", "value", "speed",
                "fast"), texts);
        assertEquals(BlockKind.HEADING, d.blocks().get(0).kind());
        assertEquals(BlockKind.LIST_ITEM, d.blocks().get(1).kind());
        assertEquals(BlockKind.TABLE_CELL, d.blocks().get(6).kind());
    }

    @Test
    void frontMatterCodeBlocksAndHtmlBlocksAreNeverRead() {
        List<String> texts = read("---\ntitle: Teh draft\n---\n\nProse.\n\n```python\nteh_code = 1\n```\n\n"
                + "    indented teh\n\n<div>\nteh html\n</div>\n\n<!-- teh comment -->\n");
        assertEquals(List.of("Prose."), texts);
    }

    @Test
    void placeholdersAndTheirNeighboursAreKnown() {
        Block b = DraftParser.parse("The `rows` are sorted.").blocks().get(0);
        GrammarText t = GrammarText.of(b);
        int are = b.sourceText().indexOf("are");
        assertTrue(t.touchesPlaceholder(are, are + 3), "the word beside a placeholder");
        assertFalse(t.overlapsPlaceholder(are, are + 3));
        int sorted = b.sourceText().indexOf("sorted");
        assertFalse(t.touchesPlaceholder(sorted, sorted + 6));
        assertTrue(t.isPlainSource(sorted, sorted + 6));
        assertFalse(t.isPlainSource(0, b.sourceText().length()), "a range over code is not plain text");
    }
}
