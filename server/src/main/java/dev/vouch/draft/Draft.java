package dev.vouch.draft;

import dev.vouch.text.LineMap;
import dev.vouch.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown draft read into prose blocks with exact source positions. Immutable; built by
 * {@link DraftParser}. Everything a rule needs to know about the text is here, and nothing about
 * editors or output formats.
 */
public final class Draft {
    private final Path path;
    private final String source;
    private final LineMap lines;
    private final FrontMatter frontMatter;
    private final List<Block> blocks;
    private final List<FootnoteDefinition> footnoteDefinitions;
    private final List<ReferenceDefinition> referenceDefinitions;
    private final List<HtmlComment> comments;
    private final List<Section> sections;
    private final List<Span> codeBlocks;
    private final List<Span> htmlBlocks;
    private final List<LlmBlock> llmBlocks;
    private final int words;

    Draft(Path path, String source, FrontMatter frontMatter, List<Block> blocks,
          List<FootnoteDefinition> footnoteDefinitions, List<ReferenceDefinition> referenceDefinitions,
          List<HtmlComment> comments, List<Section> sections, List<Span> codeBlocks, List<Span> htmlBlocks,
          List<LlmBlock> llmBlocks) {
        this.path = path;
        this.source = source;
        this.lines = new LineMap(source);
        this.frontMatter = frontMatter;
        this.blocks = List.copyOf(blocks);
        this.footnoteDefinitions = List.copyOf(footnoteDefinitions);
        this.referenceDefinitions = List.copyOf(referenceDefinitions);
        this.comments = List.copyOf(comments);
        this.sections = List.copyOf(sections);
        this.codeBlocks = List.copyOf(codeBlocks);
        this.htmlBlocks = List.copyOf(htmlBlocks);
        this.llmBlocks = List.copyOf(llmBlocks);
        int w = 0;
        for (Block b : this.blocks) {
            w += b.words();
        }
        this.words = w;
    }

    /** The file the draft was read from, or null (standard input, an unsaved editor buffer). */
    public Path path() {
        return path;
    }

    public String source() {
        return source;
    }

    public LineMap lines() {
        return lines;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** Prose blocks in document order. */
    public List<Block> blocks() {
        return blocks;
    }

    public List<FootnoteDefinition> footnoteDefinitions() {
        return footnoteDefinitions;
    }

    public List<ReferenceDefinition> referenceDefinitions() {
        return referenceDefinitions;
    }

    /** Every HTML comment, block or inline, in document order. */
    public List<HtmlComment> comments() {
        return comments;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Fenced and indented code blocks. */
    public List<Span> codeBlocks() {
        return codeBlocks;
    }

    /** HTML blocks (including comment blocks). */
    public List<Span> htmlBlocks() {
        return htmlBlocks;
    }

    /** The passages labelled as LLM output ({@link LlmBlock}), by start. */
    public List<LlmBlock> llmBlocks() {
        return llmBlocks;
    }

    /** The innermost LLM block whose content holds {@code span}, or null. */
    public LlmBlock llmBlockAround(Span span) {
        LlmBlock best = null;
        for (LlmBlock b : llmBlocks) {
            if (b.contains(span) && (best == null || b.content().length() < best.content().length())) {
                best = b;
            }
        }
        return best;
    }

    /** Words a reader reads: every prose block, no code, markup, URLs or front matter. */
    public int words() {
        return words;
    }

    /** Every sentence of every block, in document order. */
    public List<Sentence> sentences() {
        List<Sentence> all = new ArrayList<>();
        for (Block b : blocks) {
            all.addAll(b.sentences());
        }
        return all;
    }

    /** Every inline element of every block, in document order. */
    public List<Inline> inlines() {
        List<Inline> all = new ArrayList<>();
        for (Block b : blocks) {
            all.addAll(b.inlines());
        }
        return all;
    }

    /** The block whose span contains {@code offset}, or null. */
    public Block blockAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = blocks.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return blocks.get(mid);
            }
        }
        return null;
    }

    /** The offset at the end of the draft where a new last line can be appended. */
    public int endOffset() {
        return source.length();
    }

    /** The line break the draft uses ("\r\n" when its first line ends so), for fixes that add lines. */
    public String lineBreak() {
        int i = source.indexOf('\n');
        return i > 0 && source.charAt(i - 1) == '\r' ? "\r\n" : "\n";
    }
}
