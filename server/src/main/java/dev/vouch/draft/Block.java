package dev.vouch.draft;

import dev.vouch.text.Span;
import java.util.List;

/**
 * A unit of prose: a heading, a paragraph, a list item's first paragraph or a table cell, with the
 * containers it sits in (block quote, list item, footnote definition, {@code <details>}/{@code <div>}
 * section, table, LLM content block) and the inline markup inside it.
 */
public final class Block {
    private final int index;
    private final BlockKind kind;
    private final Span span;
    private final int headingLevel;
    private final Prose prose;
    private final List<Container> containers;
    private final List<Inline> inlines;
    private final String source;
    private volatile List<Sentence> sentences;
    private volatile String contentKey;
    private int words = -1;

    Block(int index, BlockKind kind, Span span, int headingLevel, Prose prose, List<Container> containers,
          List<Inline> inlines, String source) {
        this.index = index;
        this.kind = kind;
        this.span = span;
        this.headingLevel = headingLevel;
        this.prose = prose;
        this.containers = List.copyOf(containers);
        this.inlines = List.copyOf(inlines);
        this.source = source;
    }

    /** Position among the draft's blocks, in document order. */
    public int index() {
        return index;
    }

    public BlockKind kind() {
        return kind;
    }

    public Span span() {
        return span;
    }

    /** 1–6 for headings, 0 otherwise. */
    public int headingLevel() {
        return headingLevel;
    }

    public Prose prose() {
        return prose;
    }

    public String text() {
        return prose.text();
    }

    /** The block's own source text. */
    public String sourceText() {
        return span.of(source);
    }

    public List<Container> containers() {
        return containers;
    }

    public List<Inline> inlines() {
        return inlines;
    }

    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }

    public boolean isIn(Container.Kind kind) {
        return container(kind) != null;
    }

    /** The innermost container of that kind, or null. */
    public Container container(Container.Kind kind) {
        for (int i = containers.size() - 1; i >= 0; i--) {
            if (containers.get(i).kind() == kind) {
                return containers.get(i);
            }
        }
        return null;
    }

    /** The innermost {@code <details>}/{@code <div>} section holding this block, or null. */
    public Section section() {
        Container c = container(Container.Kind.SECTION);
        return c == null ? null : c.section();
    }

    /** The innermost passage labelled as LLM output ({@link LlmBlock}) holding this block, or null. */
    public LlmBlock llmBlock() {
        Container c = container(Container.Kind.LLM_BLOCK);
        return c == null ? null : c.llmBlock();
    }

    public List<Sentence> sentences() {
        List<Sentence> s = sentences;
        if (s == null) {
            s = SentenceSplitter.split(this);
            sentences = s;
        }
        return s;
    }

    public int words() {
        if (words < 0) {
            words = WordCounter.count(prose.text());
        }
        return words;
    }

    /**
     * Everything a block-scoped rule may depend on: kind, containers, the source text and the prose
     * read from it (which depends on which references the document defines). Findings of block rules are
     * cached under this key, with offsets relative to the block's start.
     *
     * <p>The key is a SHA-256 digest of that description (43 characters), not the description itself:
     * every per-block cache (the engine's and the rules' own) holds its keys, and over a long editing
     * session, where each edit makes a new block content, full-text keys were most of what the caches
     * held. Two different contents sharing a digest is not a practical concern.
     */
    public String contentKey() {
        String k = contentKey;
        if (k == null) {
            StringBuilder b = new StringBuilder(span.length() + prose.length() + 32);
            b.append(kind).append(headingLevel);
            for (Container c : containers) {
                b.append('/').append(c.kind());
                if (c.section() != null) {
                    b.append(c.section().tag()).append(c.section().attributes()).append(c.section().summary());
                }
                if (c.llmBlock() != null) {
                    b.append(c.llmBlock().style()).append(c.llmBlock().model());
                }
            }
            b.append('\u0000').append(sourceText()).append('\u0000').append(prose.text());
            for (Inline in : inlines) {
                b.append('\u0001').append(in.kind()).append(in.resolved());
            }
            k = digest(b);
            contentKey = k;
        }
        return k;
    }

    private static String digest(CharSequence description) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] bytes = description.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return kind + "@" + span.start() + ": " + prose.text();
    }
}
