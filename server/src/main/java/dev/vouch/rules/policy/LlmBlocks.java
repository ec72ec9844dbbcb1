package dev.vouch.rules.policy;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.HtmlComment;
import dev.vouch.draft.Section;
import dev.vouch.rule.Analysis;
import dev.vouch.rules.aistyle.Provenance;
import dev.vouch.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LLM content blocks of a draft written outside LessWrong's editor: the Markdown convention Vouch
 * reads for "this passage is LLM output, written by this model". The convention (docs/policies.md):
 *
 * <pre>{@code
 * <div data-llm-output="Claude Opus 4.6">
 *
 * Text the model wrote, as ordinary Markdown.
 *
 * </div>
 * }</pre>
 *
 * GitHub and other renderers show the content as usual (the tag itself is invisible; blank lines
 * inside keep the Markdown rendered). Also accepted: {@code <div class="llm-output" data-model="…">}, a
 * Pandoc fenced div {@code ::: {.llm-output model="…"}} … {@code :::}, and a pair of comments
 * {@code <!-- llm-output: MODEL -->} … {@code <!-- /llm-output -->}. A {@code <details>} section whose
 * summary labels it as AI or LLM output (or that carries {@code data-llm-output}) is a collapsible section
 * holding only LLM output, which LessWrong's 2026 policy lets stand without a block inside.
 */
final class LlmBlocks {
    enum Style { DIV, FENCED_DIV, COMMENTS, DETAILS }

    /**
     * One block.
     *
     * @param open      the opening marker (tag, fence line or comment), where findings about the block go
     * @param content   what is inside the markers
     * @param model     the model it names, as written (null when it names none)
     */
    record LlmBlock(Style style, Span span, Span open, Span content, String model, boolean closed, Section section) {
        boolean contains(Span s) {
            return content.start() <= s.start() && s.end() <= content.end();
        }

        boolean namesModel() {
            return style == Style.DETAILS && section != null && section.attribute("data-llm-output") == null
                    ? model != null : Models.isRealName(model);
        }
    }

    /** Every LLM block of the draft, by start; computed once per check. */
    static final Analysis<List<LlmBlock>> ANALYSIS = context -> find(context.draft());

    private static final Pattern OPEN_COMMENT = Pattern.compile(
            "(?is)^(?:begin\\s+)?(llm-output|llm-content|llm)\\b\\s*(?:[:=]\\s*|model\\s*=\\s*)?[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern CLOSE_COMMENT = Pattern.compile("(?i)^(?:/|end\\s+)(llm-output|llm-content|llm)\\s*$");
    private static final Pattern FENCE_OPEN = Pattern.compile(
            "^ {0,3}(:{3,})\\s*(?:\\{([^}]*)\\}|([A-Za-z][-\\w]*)(.*?))\\s*$");
    private static final Pattern FENCE_CLOSE = Pattern.compile("^ {0,3}(:{3,})\\s*$");
    private static final Pattern CLASS = Pattern.compile("(?:^|\\s)\\.(llm-output|llm-content|llm)(?=\\s|$)");
    private static final Pattern KEY_VALUE = Pattern.compile("\\b(model|data-llm-output)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    private LlmBlocks() {}

    static List<LlmBlock> find(Draft draft) {
        List<LlmBlock> out = new ArrayList<>();
        for (Section s : draft.sections()) {
            LlmBlock b = fromSection(draft, s);
            if (b != null) {
                out.add(b);
            }
        }
        out.addAll(fromComments(draft));
        out.addAll(fromFences(draft));
        out.sort(Comparator.comparingInt((LlmBlock b) -> b.span().start()));
        return List.copyOf(out);
    }

    /** The block whose content holds {@code span}, innermost first; null when none does. */
    static LlmBlock around(List<LlmBlock> blocks, Span span) {
        LlmBlock best = null;
        for (LlmBlock b : blocks) {
            if (b.contains(span) && (best == null || b.content().length() < best.content().length())) {
                best = b;
            }
        }
        return best;
    }

    private static LlmBlock fromSection(Draft draft, Section s) {
        String attr = s.attribute("data-llm-output");
        String cls = s.attribute("class");
        boolean llmClass = cls != null && List.of(cls.toLowerCase(Locale.ROOT).split("\\s+")).stream()
                .anyMatch(c -> c.equals("llm-output") || c.equals("llm-content") || c.equals("llm"));
        Span content = new Span(s.openTag().end(), closeStart(draft, s));
        if (s.tag().equals("div") && (attr != null || llmClass || s.attribute("data-llm") != null)) {
            String model = attr != null ? attr : s.attribute("data-model") != null ? s.attribute("data-model")
                    : s.attribute("data-llm");
            return new LlmBlock(Style.DIV, s.span(), s.openTag(), content, model, s.closed(), s);
        }
        if (s.isDetails()) {
            if (attr != null) {
                return new LlmBlock(Style.DETAILS, s.span(), s.openTag(), contentAfterSummary(s, content), attr,
                        s.closed(), s);
            }
            if (s.summary() != null && labelsAiOutput(s.summary())) {
                String model = Models.namesModelOrFamily(s.summary()) ? s.summary() : null;
                return new LlmBlock(Style.DETAILS, s.span(), s.openTag(), contentAfterSummary(s, content), model,
                        s.closed(), s);
            }
        }
        return null;
    }

    private static Span contentAfterSummary(Section s, Span content) {
        if (s.summarySpan() == null) {
            return content;
        }
        int after = Math.min(content.end(), Math.max(content.start(), s.summarySpan().end()));
        return new Span(after, content.end());
    }

    private static int closeStart(Draft draft, Section s) {
        if (!s.closed()) {
            return s.span().end();
        }
        int i = draft.source().lastIndexOf("</", s.span().end() - 1);
        return i >= s.openTag().end() ? i : s.span().end();
    }

    /**
     * Whether a {@code <summary>} says the section is AI output: it names AI or a model and, next to the
     * name, says output ("AI output", "LLM-generated draft", "Claude Opus 4.6's answer", "Conversation
     * with GPT-5", "Written by Gemini"). A summary that only mentions AI ("Notes from the AI safety
     * workshop") does not. Whatever the ai-style rules' {@link Provenance} counts as labelled counts here
     * too, so the two families of rules agree on whose prose a section is.
     */
    static boolean labelsAiOutput(String summary) {
        if (Provenance.labelsAiOutput(summary)) {
            return true;
        }
        String trimmed = summary.strip();
        for (Models.Mention m : Models.find(trimmed)) {
            String after = trimmed.substring(m.end());
            if (m.start() == 0 && m.kind() != Models.Kind.GENERIC && after.matches("\\s*(?:[:(].*)?[.!]?")) {
                return true; // "Claude Opus 4.6", "GPT-5: the full answer"
            }
            if (OUTPUT_AFTER.matcher(after).find()
                    || OUTPUT_BEFORE.matcher(trimmed.substring(0, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private static final String OUTPUT_WORDS = "(?:output|outputs|generated|written|wrote|writes|response|responses|"
            + "reply|replies|answer|answers|answered|says|said|transcript|conversation|chat|dialogue|draft|drafts|"
            + "summary|explanation|take|version|rewrite|suggestions?)";
    /** Right after the name: "'s answer", "-generated", " output", " 4.6 wrote". */
    private static final Pattern OUTPUT_AFTER = Pattern.compile("(?i)^(?:['’]s\\b|[- ]?(?:[\\w.]+[- ]){0,2}?"
            + OUTPUT_WORDS + "\\b)");
    /** Right before the name: "Output from", "Conversation with", "Written by the". */
    private static final Pattern OUTPUT_BEFORE = Pattern.compile("(?i)\\b" + OUTPUT_WORDS
            + "(?:\\s+\\w+){0,2}?\\s+(?:by|from|of|with)\\s+(?:\\w+\\s+)?$");

    private static List<LlmBlock> fromComments(Draft draft) {
        List<LlmBlock> out = new ArrayList<>();
        Deque<HtmlComment> open = new ArrayDeque<>();
        Deque<String> models = new ArrayDeque<>();
        for (HtmlComment c : draft.comments()) {
            if (!c.block()) {
                continue;
            }
            Matcher close = CLOSE_COMMENT.matcher(c.body());
            if (close.matches()) {
                if (!open.isEmpty()) {
                    HtmlComment o = open.pop();
                    String model = models.pop();
                    out.add(new LlmBlock(Style.COMMENTS, new Span(o.span().start(), c.span().end()), o.span(),
                            new Span(o.span().end(), c.span().start()), model, true, null));
                }
                continue;
            }
            Matcher m = OPEN_COMMENT.matcher(c.body());
            if (m.matches()) {
                open.push(c);
                models.push(m.group(2).strip());
            }
        }
        while (!open.isEmpty()) {
            HtmlComment o = open.pop();
            out.add(new LlmBlock(Style.COMMENTS, new Span(o.span().start(), draft.source().length()), o.span(),
                    new Span(o.span().end(), draft.source().length()), models.pop(), false, null));
        }
        return out;
    }

    /**
     * Pandoc fenced divs. CommonMark has no node for them, so their fence lines are found by line, skipping
     * lines inside code blocks and HTML blocks (the one place this reads raw lines: a fence is a line).
     */
    private static List<LlmBlock> fromFences(Draft draft) {
        List<LlmBlock> out = new ArrayList<>();
        String src = draft.source();
        if (src.indexOf(":::") < 0) {
            return out;
        }
        record OpenFence(Span line, int colons, boolean llm, String model) {}
        Deque<OpenFence> open = new ArrayDeque<>();
        int lines = draft.lines().lineCount();
        for (int l = 0; l < lines; l++) {
            int start = draft.lines().lineStart(l);
            int end = draft.lines().lineEnd(l, src);
            if (inside(draft.codeBlocks(), start) || inside(draft.htmlBlocks(), start)) {
                continue;
            }
            String line = src.substring(start, end).replaceAll("<!--.*?-->", "").stripTrailing();
            if (!line.stripLeading().startsWith(":::")) {
                continue;
            }
            Matcher close = FENCE_CLOSE.matcher(line);
            if (close.matches()) {
                if (!open.isEmpty()) {
                    OpenFence o = open.pop();
                    if (o.llm()) {
                        // The content span takes in the fence lines: without a blank line after the
                        // fence, CommonMark reads the fence line and the first paragraph as one.
                        out.add(new LlmBlock(Style.FENCED_DIV, new Span(o.line().start(), end), o.line(),
                                new Span(o.line().start(), end), o.model(), true, null));
                    }
                }
                continue;
            }
            Matcher m = FENCE_OPEN.matcher(line);
            if (m.matches()) {
                String attrs = m.group(2) != null ? m.group(2) : "";
                boolean llm;
                String model = null;
                if (m.group(2) != null) {
                    llm = CLASS.matcher(" " + attrs).find();
                    Matcher kv = KEY_VALUE.matcher(attrs);
                    if (kv.find()) {
                        model = kv.group(2) != null ? kv.group(2) : kv.group(3) != null ? kv.group(3) : kv.group(4);
                    }
                } else {
                    String cls = m.group(3).toLowerCase(Locale.ROOT);
                    llm = cls.equals("llm-output") || cls.equals("llm-content") || cls.equals("llm");
                    String rest = m.group(4).strip();
                    Matcher kv = KEY_VALUE.matcher(rest);
                    model = kv.find() ? (kv.group(2) != null ? kv.group(2) : kv.group(3) != null ? kv.group(3) : kv.group(4))
                            : rest.isEmpty() ? null : rest;
                }
                open.push(new OpenFence(new Span(start, end), m.group(1).length(), llm, model));
            }
        }
        while (!open.isEmpty()) {
            OpenFence o = open.pop();
            if (o.llm()) {
                out.add(new LlmBlock(Style.FENCED_DIV, new Span(o.line().start(), src.length()), o.line(),
                        new Span(o.line().start(), src.length()), o.model(), false, null));
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

    /** Blocks of the draft that lie inside no LLM block: the writer's own prose. */
    static List<Block> outside(Draft draft, List<LlmBlock> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : draft.blocks()) {
            if (around(blocks, b.span()) == null) {
                out.add(b);
            }
        }
        return out;
    }
}
