package dev.vouch.draft;

import dev.vouch.llm.LlmLabels;
import dev.vouch.text.LineMap;
import dev.vouch.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/** Finds a parsed draft's {@link LlmBlock}s: its sections, comment pairs and fenced divs read by {@link LlmLabels}. */
final class LlmBlockFinder {
    private LlmBlockFinder() {}

    static List<LlmBlock> find(String source, List<Section> sections, List<HtmlComment> comments,
                               List<Span> codeBlocks, List<Span> htmlBlocks) {
        List<LlmBlock> out = new ArrayList<>();
        for (Section s : sections) {
            LlmBlock b = fromSection(source, s);
            if (b != null) {
                out.add(b);
            }
        }
        out.addAll(fromComments(source, comments));
        out.addAll(fromFences(source, codeBlocks, htmlBlocks));
        out.sort(Comparator.comparingInt((LlmBlock b) -> b.span().start()));
        return List.copyOf(out);
    }

    private static LlmBlock fromSection(String source, Section s) {
        if (!s.tag().equals("div") && !s.isDetails()) {
            return null;
        }
        LlmLabels.Attributes a = LlmLabels.ofAttributes(s.attributes());
        Span content = new Span(s.openTag().end(), closeStart(source, s));
        if (!s.isDetails()) {
            return a.llm() ? new LlmBlock(LlmBlock.Style.DIV, s.span(), s.openTag(), content, a.model(), false,
                    s.closed(), s) : null;
        }
        boolean labelled = LlmLabels.labelsAiOutput(s.summary());
        if (!a.llm() && !labelled) {
            return null;
        }
        Span inside = contentAfterSummary(s, content);
        if (a.named() || a.model() != null) {
            return new LlmBlock(LlmBlock.Style.DETAILS, s.span(), s.openTag(), inside, a.model(), false, s.closed(), s);
        }
        return new LlmBlock(LlmBlock.Style.DETAILS, s.span(), s.openTag(), inside, LlmLabels.modelInLabel(s.summary()),
                true, s.closed(), s);
    }

    private static Span contentAfterSummary(Section s, Span content) {
        if (s.summarySpan() == null) {
            return content;
        }
        int after = Math.min(content.end(), Math.max(content.start(), s.summarySpan().end()));
        return new Span(after, content.end());
    }

    private static int closeStart(String source, Section s) {
        if (!s.closed()) {
            return s.span().end();
        }
        int i = source.lastIndexOf("</", s.span().end() - 1);
        return i >= s.openTag().end() ? i : s.span().end();
    }

    private static List<LlmBlock> fromComments(String source, List<HtmlComment> comments) {
        List<LlmBlock> out = new ArrayList<>();
        Deque<HtmlComment> open = new ArrayDeque<>();
        Deque<String> models = new ArrayDeque<>();
        for (HtmlComment c : comments) {
            if (!c.block()) {
                continue;
            }
            LlmLabels.Comment m = LlmLabels.ofComment(c.body());
            if (m == null) {
                continue;
            }
            if (m.opens()) {
                open.push(c);
                models.push(m.model());
            } else if (!open.isEmpty()) {
                HtmlComment o = open.pop();
                out.add(new LlmBlock(LlmBlock.Style.COMMENTS, new Span(o.span().start(), c.span().end()), o.span(),
                        new Span(o.span().end(), c.span().start()), models.pop(), false, true, null));
            }
        }
        while (!open.isEmpty()) {
            HtmlComment o = open.pop();
            out.add(new LlmBlock(LlmBlock.Style.COMMENTS, new Span(o.span().start(), source.length()), o.span(),
                    new Span(o.span().end(), source.length()), models.pop(), false, false, null));
        }
        return out;
    }

    /**
     * Pandoc fenced divs. CommonMark has no node for them, so their fence lines are found by line, skipping
     * lines inside code blocks and HTML blocks (the one place the draft model reads raw lines: a fence is a
     * line).
     */
    private static List<LlmBlock> fromFences(String src, List<Span> codeBlocks, List<Span> htmlBlocks) {
        List<LlmBlock> out = new ArrayList<>();
        if (src.indexOf(":::") < 0) {
            return out;
        }
        record OpenFence(Span line, boolean llm, String model) {}
        Deque<OpenFence> open = new ArrayDeque<>();
        LineMap lines = new LineMap(src);
        for (int l = 0; l < lines.lineCount(); l++) {
            int start = lines.lineStart(l);
            int end = lines.lineEnd(l, src);
            if (inside(codeBlocks, start) || inside(htmlBlocks, start)) {
                continue;
            }
            String line = src.substring(start, end);
            if (line.indexOf(":::") < 0) {
                continue;
            }
            LlmLabels.Fence f = LlmLabels.ofFence(line.replaceAll("<!--.*?-->", "").stripTrailing());
            if (f == null) {
                continue;
            }
            if (!f.closes()) {
                open.push(new OpenFence(new Span(start, end), f.llm(), f.model()));
            } else if (!open.isEmpty()) {
                OpenFence o = open.pop();
                if (o.llm()) {
                    out.add(new LlmBlock(LlmBlock.Style.FENCED_DIV, new Span(o.line().start(), end), o.line(),
                            new Span(o.line().start(), end), o.model(), false, true, null));
                }
            }
        }
        while (!open.isEmpty()) {
            OpenFence o = open.pop();
            if (o.llm()) {
                out.add(new LlmBlock(LlmBlock.Style.FENCED_DIV, new Span(o.line().start(), src.length()), o.line(),
                        new Span(o.line().start(), src.length()), o.model(), false, false, null));
            }
        }
        return out;
    }

    private static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
