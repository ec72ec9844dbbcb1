package dev.vouch.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftParserTest {
    private static String prose(String md) {
        Draft d = DraftParser.parse(md);
        return String.join(" | ", d.blocks().stream().map(Block::text).toList());
    }

    @Test
    void llmContentBlocksInEveryFormAreAmongTheirParagraphsContainers() {
        String md = "Mine.\n\n<div data-llm-output=\"Claude Opus 4.6\">\n\nA.\n\n</div>\n\n"
                + "::: {.llm-output model=\"GPT-5\"}\nB.\n:::\n\n"
                + "<!-- llm-output: Gemini 2.5 Pro -->\n\nC.\n\n<!-- /llm-output -->\n\n"
                + "<details>\n<summary>Claude Opus 4.6's summary</summary>\n\nD.\n\n</details>\n\n"
                + "<details>\n<summary>Notes on AI safety</summary>\n\nE.\n\n</details>\n\n"
                + "```\n::: {.llm-output model=\"X\"}\n```\n\nMine again.\n";
        Draft d = DraftParser.parse(md);
        List<LlmBlock> blocks = d.llmBlocks();
        assertEquals(List.of(LlmBlock.Style.DIV, LlmBlock.Style.FENCED_DIV, LlmBlock.Style.COMMENTS,
                LlmBlock.Style.DETAILS), blocks.stream().map(LlmBlock::style).toList(), "not the fence in code");
        assertEquals(List.of("Claude Opus 4.6", "GPT-5", "Gemini 2.5 Pro", "Claude Opus 4.6's summary"),
                blocks.stream().map(LlmBlock::model).toList());
        assertTrue(blocks.stream().allMatch(LlmBlock::namesModel));
        for (Block b : d.blocks()) {
            boolean llm = b.text().matches("[A-D]\\.|.*B\\..*");
            assertEquals(llm, b.llmBlock() != null, b.text());
            assertEquals(llm, b.isIn(Container.Kind.LLM_BLOCK), b.text());
        }
        Block a = d.blocks().stream().filter(b -> b.text().equals("A.")).findFirst().orElseThrow();
        Block plain = DraftParser.parse("A.\n").blocks().get(0);
        assertFalse(a.contentKey().equals(plain.contentKey()), "block rules' caches tell the two apart");
    }

    @Test
    void markupIsNotProse() {
        assertEquals("Text with \uFFFC and a link and emphasis.",
                prose("Text with `code` and [a link](https://example.org/x.y) and *emphasis*."));
        assertEquals("Before  after.", prose("Before <!-- a comment --> after."));
        assertEquals("Escaped *stars* & an entity.", prose("Escaped \\*stars\\* &amp; an entity."));
        assertEquals("A note.", prose("A note.[^1]\n\n[^1]:"), "footnote markers are not prose");
        assertEquals("Only prose.", prose("```\ncode block\n```\n\n    indented code\n\nOnly prose.\n\n<div>html</div>"));
    }

    @Test
    void mathIsAnAtomButMoneyIsProse() {
        assertEquals("The formula \uFFFC holds.", prose("The formula $x^2 + y$ holds."));
        assertEquals("It cost $5 and $10.", prose("It cost $5 and $10."));
        assertEquals("\uFFFC", prose("$$\na = b\n$$"));
        assertEquals("Escaped $dollars$ stay.", prose("Escaped \\$dollars\\$ stay."));
    }

    @Test
    void frontMatterIsReadAndExcluded() {
        String md = "---\ntitle: A post\nlang: en-GB\nvouch:\n  rules:\n    ai-style: off\n---\n\n# Heading\n\nBody text.\n";
        Draft d = DraftParser.parse(md);
        assertTrue(d.frontMatter().present());
        assertEquals("A post", d.frontMatter().string("title"));
        assertEquals("false", d.frontMatter().get("vouch").path("rules").path("ai-style").asText(), "YAML reads off as false");
        assertEquals(List.of("Heading", "Body text."), d.blocks().stream().map(Block::text).toList());
        assertEquals(3, d.words());
        assertEquals(md.indexOf("# Heading"), d.blocks().get(0).span().start());
    }

    @Test
    void badFrontMatterIsAProblemNotACrash() {
        Draft d = DraftParser.parse("---\ntitle: [unclosed\n---\n\nBody.\n");
        assertNotNull(d.frontMatter().error());
        assertEquals(List.of("Body."), d.blocks().stream().map(Block::text).toList());
    }

    @Test
    void containersAndSections() {
        String md = "> quoted\n\n- item one\n\n<details>\n<summary>AI output (Claude)</summary>\n\nInside.\n\n</details>\n\nAfter.\n";
        Draft d = DraftParser.parse(md);
        assertTrue(d.blocks().get(0).isIn(Container.Kind.BLOCK_QUOTE));
        assertEquals(BlockKind.LIST_ITEM, d.blocks().get(1).kind());
        Block inside = d.blocks().get(2);
        assertEquals("Inside.", inside.text());
        assertNotNull(inside.section());
        assertEquals("details", inside.section().tag());
        assertEquals("AI output (Claude)", inside.section().summary());
        assertNull(d.blocks().get(3).section());
        assertEquals(1, d.sections().size());
        assertTrue(d.sections().get(0).closed());
    }

    @Test
    void footnotesReferencesAndLinks() {
        String md = "A[^1] and [ref][r] and [missing][nope] and <https://a.org>.\n\n[r]: https://r.org\n[^1]: Note.\n";
        Draft d = DraftParser.parse(md);
        List<Inline> in = d.inlines();
        Inline fn = in.stream().filter(i -> i.kind() == Inline.Kind.FOOTNOTE_REFERENCE).findFirst().orElseThrow();
        assertTrue(fn.resolved());
        List<Inline> refs = in.stream().filter(i -> i.kind() == Inline.Kind.REFERENCE_LINK).toList();
        assertEquals("https://r.org", refs.get(0).destination());
        assertFalse(refs.get(1).resolved());
        assertEquals(1, d.referenceDefinitions().size());
        assertEquals("1", d.footnoteDefinitions().get(0).label());
        assertTrue(d.blocks().get(0).text().contains("[missing][nope]"), "an unresolved reference reads literally");
    }

    @Test
    void tableCellsAreTheirOwnBlocks() {
        Draft d = DraftParser.parse("| Name | Value 😀 |\n|---|---|\n| a | b |\n");
        assertEquals(List.of("Name", "Value 😀", "a", "b"), d.blocks().stream().map(Block::text).toList());
        assertEquals(BlockKind.TABLE_CELL, d.blocks().get(0).kind());
    }

    @Test
    void emojiAndNonLatinTextKeepExactRanges() {
        String md = "😀😀 日本語の文。 Then **bold** 👍 text.";
        Draft d = DraftParser.parse(md);
        Block b = d.blocks().get(0);
        int i = b.text().indexOf("bold");
        assertEquals("bold", b.prose().toSource(i, i + 4).of(md));
        int j = b.text().indexOf("日本語");
        assertEquals("日本語", b.prose().toSource(j, j + 3).of(md));
    }

    @Test
    void crlfDraftsKeepOffsets() {
        String md = "# Title\r\n\r\nFirst line\r\nsecond line.\r\n";
        Draft d = DraftParser.parse(md);
        Block p = d.blocks().get(1);
        assertEquals("First line second line.", p.text());
        assertEquals(2, d.lines().position(p.span().start()).line());
        int s = p.text().indexOf("second");
        assertEquals(3, d.lines().position(p.prose().toSource(s, s + 6).start()).line());
    }
}
