package dev.vouch.draft;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.vouch.text.Span;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown into a {@link Draft}: flexmark (CommonMark with YAML front matter, footnotes, tables,
 * strikethrough and autolinks) gives the syntax tree with source offsets; this class walks it, keeps
 * the prose and the markup apart, and records what rules ask about (links, footnotes, sections,
 * comments). Markup is excluded by tree node, never by patterns over the raw text; the one exception is
 * TeX math ({@code $…$}, {@code $$…$$}), which CommonMark has no node for and which is found in the
 * prose of a block, where code and escapes are already resolved.
 */
public final class DraftParser {
    /** Deeper nesting than this is read, but its containers are not tracked further. */
    private static final int MAX_CONTAINER_DEPTH = 64;

    private static final Parser PARSER = Parser.builder(options()).build();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(details|summary|div)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");

    private final Path path;
    private final String source;
    private final List<Block> blocks = new ArrayList<>();
    private final List<FootnoteDefinition> footnotes = new ArrayList<>();
    private final List<ReferenceDefinition> references = new ArrayList<>();
    private final List<HtmlComment> comments = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Span> codeBlocks = new ArrayList<>();
    private final List<Span> htmlBlocks = new ArrayList<>();
    private FrontMatter frontMatter = FrontMatter.none();

    private DraftParser(Path path, String source) {
        this.path = path;
        this.source = source;
    }

    public static Draft parse(String source) {
        return parse(null, source);
    }

    public static Draft parse(Path path, String source) {
        return new DraftParser(path, source).run();
    }

    private static MutableDataSet options() {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(
                YamlFrontMatterExtension.create(),
                FootnoteExtension.create(),
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create()));
        return o;
    }

    private Draft run() {
        // The parser sees the text with over-deep nesting read as text (same length, same offsets).
        Document doc = PARSER.parse(NestingGuard.bound(source));
        collectSections(doc);
        walkBlocks(doc, new ArrayList<>());
        blocks.sort(Comparator.comparingInt(b -> b.span().start()));
        comments.sort(Comparator.comparingInt(c -> c.span().start()));
        List<LlmBlock> llm = LlmBlockFinder.find(source, sections, comments, codeBlocks, htmlBlocks);
        List<Block> indexed = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            indexed.add(new Block(i, b.kind(), b.span(), b.headingLevel(), b.prose(), withLlmBlocks(b, llm),
                    b.inlines(), source));
        }
        return new Draft(path, source, frontMatter, indexed, footnotes, references, comments, sections,
                codeBlocks, htmlBlocks, llm);
    }

    // ---- block structure -------------------------------------------------------------------------

    private void walkBlocks(Node parent, List<Container> containers) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            walkBlock(n, containers);
        }
    }

    private void walkBlock(Node n, List<Container> containers) {
        if (n instanceof YamlFrontMatterBlock) {
            frontMatter = readFrontMatter(n);
        } else if (n instanceof Heading h) {
            addBlock(BlockKind.HEADING, n, h.getLevel(), containers);
        } else if (n instanceof Paragraph) {
            boolean firstInItem = n.getParent() instanceof ListItem && n.getPrevious() == null;
            addBlock(firstInItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, n, 0, containers);
        } else if (n instanceof BlockQuote) {
            walkBlocks(n, push(containers, new Container(Container.Kind.BLOCK_QUOTE, span(n), null, null)));
        } else if (n instanceof ListItem item) {
            String marker = item.getOpeningMarker().toString();
            if (item instanceof OrderedListItem) {
                marker = marker.trim();
            }
            walkBlocks(n, push(containers, new Container(Container.Kind.LIST_ITEM, span(n), null, marker)));
        } else if (n instanceof FootnoteBlock fb) {
            footnotes.add(footnoteDefinition(fb));
            walkBlocks(n, push(containers,
                    new Container(Container.Kind.FOOTNOTE_DEFINITION, span(n), null, fb.getText().toString())));
        } else if (n instanceof TableBlock) {
            List<Container> inTable = push(containers, new Container(Container.Kind.TABLE, span(n), null, null));
            for (Node cell : n.getDescendants()) {
                if (cell instanceof TableCell && !(cell.getAncestorOfType(TableSeparator.class) != null)) {
                    addBlock(BlockKind.TABLE_CELL, cell, 0, inTable);
                }
            }
        } else if (n instanceof Reference r) {
            references.add(new ReferenceDefinition(r.getReference().toString(), r.getUrl().toString(), span(n)));
        } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            codeBlocks.add(span(n));
        } else if (n instanceof HtmlBlockBase) {
            htmlBlocks.add(span(n));
            collectComments(n.getChars(), true);
        } else {
            walkBlocks(n, containers);
        }
    }

    private static List<Container> push(List<Container> containers, Container c) {
        if (containers.size() >= MAX_CONTAINER_DEPTH) {
            return containers;
        }
        List<Container> next = new ArrayList<>(containers.size() + 1);
        next.addAll(containers);
        next.add(c);
        return next;
    }

    private void addBlock(BlockKind kind, Node node, int level, List<Container> containers) {
        ProseBuilder pb = new ProseBuilder();
        List<Inline> inlines = new ArrayList<>();
        walkInlines(node, pb, inlines);
        findMath(pb, inlines);
        Span span = trimmed(span(node));
        if (kind == BlockKind.TABLE_CELL && pb.length() > 0) {
            Prose p = pb.build(span.start());
            span = p.toSource(0, p.length());
        }
        List<Container> all = new ArrayList<>(containers);
        for (Section s : sections) {
            if (s.span().start() < span.start() && s.span().end() >= span.end()) {
                all.add(new Container(Container.Kind.SECTION, s.span(), s, null));
            }
        }
        all.sort(Comparator.comparingInt((Container c) -> c.span().start())
                .thenComparing(c -> -c.span().end()));
        inlines.sort(Comparator.comparingInt(i -> i.span().start()));
        blocks.add(new Block(-1, kind, span, level, pb.build(span.start()), all, inlines, source));
    }

    /** The block's containers, with each LLM block that holds it (in the order of the other containers). */
    private static List<Container> withLlmBlocks(Block b, List<LlmBlock> llm) {
        List<Container> all = null;
        for (LlmBlock l : llm) {
            if (l.span().start() > b.span().start()) {
                break;
            }
            if (l.contains(b.span())) {
                if (all == null) {
                    all = new ArrayList<>(b.containers());
                }
                all.add(new Container(Container.Kind.LLM_BLOCK, l.span(), null, null, l));
            }
        }
        if (all == null) {
            return b.containers();
        }
        all.sort(Comparator.comparingInt((Container c) -> c.span().start()).thenComparing(c -> -c.span().end()));
        return all;
    }

    private Span trimmed(Span s) {
        int end = s.end();
        while (end > s.start() && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        return new Span(s.start(), end);
    }

    private FootnoteDefinition footnoteDefinition(FootnoteBlock fb) {
        Span whole = trimmed(span(fb));
        int labelEnd = fb.getClosingMarker().getEndOffset();
        Span content = new Span(Math.min(labelEnd, whole.end()), whole.end());
        int cs = content.start();
        while (cs < content.end() && Character.isWhitespace(source.charAt(cs))) {
            cs++;
        }
        Span contentSpan = new Span(cs, content.end());
        boolean empty = COMMENT.matcher(contentSpan.of(source)).replaceAll("").isBlank();
        return new FootnoteDefinition(fb.getText().toString(), whole, new Span(whole.start(), labelEnd),
                contentSpan, empty);
    }

    // ---- inline content ----------------------------------------------------------------------------

    private void walkInlines(Node parent, ProseBuilder pb, List<Inline> inlines) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            walkInline(n, pb, inlines);
        }
    }

    private void walkInline(Node n, ProseBuilder pb, List<Inline> inlines) {
        if (n instanceof Text) {
            appendText(n.getChars(), pb);
        } else if (n instanceof HtmlEntity) {
            pb.appendMapped(Escaping.unescapeString(n.getChars().toString()), n.getStartOffset(),
                    n.getEndOffset(), true);
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            pb.appendSpace(n.getStartOffset(), n.getEndOffset());
        } else if (n instanceof Code c) {
            inlines.add(inline(Inline.Kind.CODE, n, span(c.getText()), null, null, null, true));
            pb.appendAtom(Prose.AtomKind.CODE, n.getStartOffset(), n.getEndOffset());
        } else if (n instanceof AutoLink a) {
            inlines.add(inline(Inline.Kind.AUTOLINK, n, span(a.getText()), a.getUrl().toString(),
                    span(a.getUrl()), null, true));
            pb.appendAtom(Prose.AtomKind.URL, n.getStartOffset(), n.getEndOffset());
        } else if (n instanceof MailLink m) {
            inlines.add(inline(Inline.Kind.AUTOLINK, n, span(m.getText()), "mailto:" + m.getText(), null, null, true));
            pb.appendAtom(Prose.AtomKind.URL, n.getStartOffset(), n.getEndOffset());
        } else if (n instanceof Image || n instanceof ImageRef) {
            String url = n instanceof Image img ? img.getUrl().toString() : null;
            inlines.add(inline(Inline.Kind.IMAGE, n, textSpan(n), url,
                    n instanceof Image img ? span(img.getUrl()) : null, null, true));
        } else if (n instanceof Link l) {
            inlines.add(inline(Inline.Kind.LINK, n, span(l.getText()), l.getUrl().toString(), span(l.getUrl()),
                    null, true));
            walkInlines(n, pb, inlines);
        } else if (n instanceof LinkRef r) {
            String label = r.getReference().toString();
            boolean defined = r.isDefined();
            String url = null;
            if (defined) {
                Reference ref = r.getReferenceNode(r.getDocument());
                url = ref == null ? null : ref.getUrl().toString();
            }
            inlines.add(inline(Inline.Kind.REFERENCE_LINK, n, textSpan(n), url, null, label, defined));
            if (defined) {
                walkInlines(n, pb, inlines);
            } else {
                walkLiteral(n, pb, inlines);
            }
        } else if (n instanceof Footnote f) {
            inlines.add(inline(Inline.Kind.FOOTNOTE_REFERENCE, n, span(f.getText()), null, null,
                    f.getText().toString(), f.getFootnoteBlock() != null));
        } else if (n instanceof StrongEmphasis) {
            inlines.add(inline(Inline.Kind.STRONG, n, textSpan(n), null, null, null, true));
            walkInlines(n, pb, inlines);
        } else if (n instanceof Emphasis) {
            inlines.add(inline(Inline.Kind.EMPHASIS, n, textSpan(n), null, null, null, true));
            walkInlines(n, pb, inlines);
        } else if (n instanceof Strikethrough) {
            inlines.add(inline(Inline.Kind.STRIKETHROUGH, n, textSpan(n), null, null, null, true));
            walkInlines(n, pb, inlines);
        } else if (n instanceof HtmlInlineComment) {
            inlines.add(inline(Inline.Kind.HTML_COMMENT, n, span(n), null, null, null, true));
            collectComments(n.getChars(), false);
        } else if (n instanceof HtmlInline) {
            inlines.add(inline(Inline.Kind.HTML, n, span(n), null, null, null, true));
            if (n.getChars().toString().toLowerCase(Locale.ROOT).startsWith("<br")) {
                pb.appendSpace(n.getStartOffset(), n.getEndOffset());
            }
        } else if (n.hasChildren()) {
            walkInlines(n, pb, inlines);
        } else {
            appendText(n.getChars(), pb);
        }
    }

    /** An unresolved reference link reads as what it literally shows: brackets and all. */
    private void walkLiteral(Node n, ProseBuilder pb, List<Inline> inlines) {
        int at = n.getStartOffset();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c.getStartOffset() > at) {
                pb.appendSource(source, at, c.getStartOffset());
            }
            walkInline(c, pb, inlines);
            at = Math.max(at, c.getEndOffset());
        }
        if (n.getEndOffset() > at) {
            pb.appendSource(source, at, n.getEndOffset());
        }
    }

    /** Text as the reader sees it: a backslash before ASCII punctuation is an escape, not a character. */
    private void appendText(BasedSequence chars, ProseBuilder pb) {
        int base = chars.getStartOffset();
        String s = chars.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
                pb.appendMapped(String.valueOf(s.charAt(i + 1)), base + i, base + i + 2, true);
                i++;
            } else {
                pb.appendSource(source, base + i, base + i + 1);
            }
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c > ' ';
    }

    /**
     * TeX math in the prose: {@code $$…$$} anywhere, and {@code $…$} with Pandoc's rule (a non-space
     * after the opening dollar, a non-space before the closing one, and no digit right after it), so
     * that "$5 and $10" stays money.
     */
    private static void findMath(ProseBuilder pb, List<Inline> inlines) {
        int i = 0;
        while (i < pb.length()) {
            if (pb.charAt(i) != '$' || pb.isLiteral(i)) {
                i++;
                continue;
            }
            boolean display = i + 1 < pb.length() && pb.charAt(i + 1) == '$' && !pb.isLiteral(i + 1);
            int close = display ? findDisplayClose(pb, i + 2) : findInlineClose(pb, i + 1);
            if (close < 0) {
                i += display ? 2 : 1;
                continue;
            }
            int end = close + (display ? 2 : 1);
            Prose tmp = pb.build(0);
            Span s = tmp.toSource(i, end);
            inlines.add(new Inline(Inline.Kind.MATH, s, s, null, null, null, true));
            pb.collapseToAtom(i, end, Prose.AtomKind.MATH);
            i++;
        }
    }

    private static int findDisplayClose(ProseBuilder pb, int from) {
        for (int j = from; j + 1 < pb.length(); j++) {
            if (pb.charAt(j) == '$' && pb.charAt(j + 1) == '$' && !pb.isLiteral(j)) {
                return j;
            }
        }
        return -1;
    }

    private static int findInlineClose(ProseBuilder pb, int from) {
        if (from >= pb.length() || Character.isWhitespace(pb.charAt(from)) || pb.charAt(from) == '$') {
            return -1;
        }
        for (int j = from; j < pb.length(); j++) {
            char c = pb.charAt(j);
            if (c == '$' && !pb.isLiteral(j)) {
                boolean spaceBefore = Character.isWhitespace(pb.charAt(j - 1));
                boolean digitAfter = j + 1 < pb.length() && Character.isDigit(pb.charAt(j + 1));
                return spaceBefore || digitAfter ? -1 : j;
            }
        }
        return -1;
    }

    // ---- front matter, comments, sections -------------------------------------------------------------

    private FrontMatter readFrontMatter(Node n) {
        Span whole = trimmed(span(n));
        int firstLineEnd = source.indexOf('\n', whole.start());
        int yamlStart = firstLineEnd < 0 ? whole.end() : firstLineEnd + 1;
        int lastLine = source.lastIndexOf('\n', Math.max(yamlStart, whole.end() - 1));
        int yamlEnd = Math.max(yamlStart, lastLine < yamlStart ? yamlStart : lastLine);
        Span yaml = new Span(yamlStart, yamlEnd);
        String text = yaml.of(source);
        if (text.isBlank()) {
            return new FrontMatter(whole, yaml, JsonNodeFactory.instance.objectNode(), null, -1);
        }
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return new FrontMatter(whole, yaml, JsonNodeFactory.instance.objectNode(), null, -1);
            }
            if (!node.isObject()) {
                return new FrontMatter(whole, yaml, JsonNodeFactory.instance.objectNode(),
                        "front matter is not a mapping of keys to values", yamlStart);
            }
            return new FrontMatter(whole, yaml, (ObjectNode) node, null, -1);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int offset = yamlStart;
            // SnakeYAML's marks name the place (the construct's start when there is one); Jackson's own
            // location is only where its parser last stopped.
            Matcher mark = e.getOriginalMessage() == null ? null : YAML_MARK.matcher(e.getOriginalMessage());
            if (mark != null && mark.find()) {
                offset = offsetInYaml(text, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2))) + yamlStart;
            } else if (loc != null && loc.getLineNr() > 0) {
                offset = offsetInYaml(text, loc.getLineNr(), loc.getColumnNr()) + yamlStart;
            }
            return new FrontMatter(whole, yaml, JsonNodeFactory.instance.objectNode(),
                    "front matter is not valid YAML: " + yamlMessage(e.getOriginalMessage()), offset);
        } catch (RuntimeException e) {
            return new FrontMatter(whole, yaml, JsonNodeFactory.instance.objectNode(),
                    "front matter could not be read: " + e.getMessage(), yamlStart);
        }
    }

    /**
     * SnakeYAML's multi-line message ("while scanning a simple key / in 'reader', line 2, column 1: /
     * excerpt / caret / could not find expected ':' / …") as one line: the problem, then its context.
     * The place is the problem's own line and column.
     */
    private static final Pattern YAML_MARK = Pattern.compile("in '[^']*', line (\\d+), column (\\d+)");

    static String yamlMessage(String snake) {
        if (snake == null) {
            return "syntax error";
        }
        List<String> phrases = new ArrayList<>();
        for (String line : snake.split("\\R")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("in 'reader'")) {
                continue; // a position, a source excerpt or a caret
            }
            phrases.add(line.strip().replaceAll("[:;,]$", ""));
        }
        if (phrases.isEmpty()) {
            return snake.strip().replaceAll("\\s+", " ");
        }
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        String problem = phrases.get(phrases.size() - 1);
        return problem + " (" + String.join(", ", phrases.subList(0, phrases.size() - 1)) + ")";
    }

    private static int offsetInYaml(String text, int line, int column) {
        int off = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', off);
            if (nl < 0) {
                return text.length();
            }
            off = nl + 1;
        }
        return Math.min(text.length(), off + Math.max(0, column - 1));
    }

    private void collectComments(BasedSequence chars, boolean block) {
        Matcher m = COMMENT.matcher(chars);
        int base = chars.getStartOffset();
        while (m.find()) {
            comments.add(new HtmlComment(m.group(1).trim(), new Span(base + m.start(), base + m.end()), block));
        }
    }

    /**
     * Pairs {@code <details>}/{@code <div>} tags found in HTML blocks, in document order, into
     * sections. Tags inside code are never seen: only HTML block nodes are scanned.
     */
    private void collectSections(Document doc) {
        Deque<OpenTag> open = new ArrayDeque<>();
        List<Section> found = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (!(n instanceof HtmlBlockBase)) {
                continue;
            }
            String html = n.getChars().toString();
            int base = n.getStartOffset();
            Matcher m = TAG.matcher(html);
            while (m.find()) {
                String tag = m.group(2).toLowerCase(Locale.ROOT);
                boolean closing = !m.group(1).isEmpty();
                if (tag.equals("summary")) {
                    if (!closing && !open.isEmpty() && open.peek().tag().equals("details")) {
                        int close = html.toLowerCase(Locale.ROOT).indexOf("</summary>", m.end());
                        int end = close < 0 ? html.length() : close;
                        String inner = html.substring(m.end(), end);
                        open.peek().summary()[0] = ANY_TAG.matcher(inner).replaceAll("").strip();
                        open.peek().summarySpan()[0] = new Span(base + m.end(), base + end);
                    }
                    continue;
                }
                if (!closing) {
                    open.push(new OpenTag(tag, attributes(m.group(3)), new Span(base + m.start(), base + m.end()),
                            new String[1], new Span[1]));
                } else {
                    OpenTag o = popMatching(open, tag);
                    if (o != null) {
                        found.add(new Section(o.tag(), o.attrs(), o.openTag(), o.summary()[0], o.summarySpan()[0],
                                new Span(o.openTag().start(), base + m.end()), true));
                    }
                }
            }
        }
        while (!open.isEmpty()) {
            OpenTag o = open.pop();
            found.add(new Section(o.tag(), o.attrs(), o.openTag(), o.summary()[0], o.summarySpan()[0],
                    new Span(o.openTag().start(), source.length()), false));
        }
        found.sort(Comparator.comparingInt((Section s) -> s.span().start()));
        sections.addAll(found);
    }

    /** An opening tag waiting for its closing tag; summary fields are filled in when one is seen. */
    private record OpenTag(String tag, Map<String, String> attrs, Span openTag, String[] summary,
                           Span[] summarySpan) {}

    /** Pops up to and including the innermost open tag named {@code tag}; null if none is open. */
    private static OpenTag popMatching(Deque<OpenTag> open, String tag) {
        for (OpenTag o : open) {
            if (o.tag().equals(tag)) {
                while (!open.isEmpty()) {
                    OpenTag top = open.pop();
                    if (top == o) {
                        return o;
                    }
                }
            }
        }
        return null;
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attrs.put(m.group(1).toLowerCase(Locale.ROOT), v == null ? "" : v);
        }
        return Map.copyOf(attrs);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static Span span(Node n) {
        return new Span(n.getStartOffset(), n.getEndOffset());
    }

    private static Span span(BasedSequence s) {
        if (s == null || s == BasedSequence.NULL || s.isNull()) {
            return null;
        }
        return new Span(s.getStartOffset(), s.getEndOffset());
    }

    private static Span textSpan(Node n) {
        if (!n.hasChildren()) {
            return Span.empty(n.getStartOffset());
        }
        return new Span(n.getFirstChild().getStartOffset(), n.getLastChild().getEndOffset());
    }

    private static Inline inline(Inline.Kind kind, Node n, Span text, String dest, Span destSpan, String label,
                                 boolean resolved) {
        return new Inline(kind, span(n), text == null ? Span.empty(n.getStartOffset()) : text, dest, destSpan,
                label, resolved);
    }
}
