package dev.vouch.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.Prose;
import dev.vouch.rule.CoreOptions;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.Edit;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.Fix;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
        id = "policy.read-time",
        severity = Severity.WARNING,
        summary = "Stated reading time that the word count does not bear out",
        explanation = """
                A stated reading time ("Read Time: 15-20 minutes", "10 min read", "*Reading time: 6
                minutes*", or front matter `readTime: 10`) is compared with the draft's word count at
                `options.wordsPerMinute` (default 238, the mean silent-reading rate for non-fiction in
                Brysbaert's 2019 meta-analysis; most adults read 175–300). Words are those a reader reads:
                prose only, no code, markup, URLs or front matter. When the stated time is off by more than
                `tolerance` (20%) from the computed one, and does not include it once rounded, the rule says
                so, and its fix writes the computed time in place of the stated one.

                Only statements that look like a post's own read time are read: a "Read time:" label in the
                first blocks of the draft, or a short line of its own such as "10 min read"; a sentence that
                mentions another piece's reading time is left alone.""",
        flagged = {"*Read Time: 15-20 minutes* (on a 900-word draft)", "readTime: 25 (front matter, 1,200 words)"},
        passes = {"*Read Time: 4 minutes* (on a 900-word draft)",
                "Scott's review is a 40-minute read, but worth it. (a sentence about another text)"})
public final class ReadTime implements DocumentRule {
    static final OptionSpec<Double> TOLERANCE = OptionSpec.number("tolerance", 0.2,
            "How far (as a fraction of the computed time) a stated read time may be off before it is flagged.")
            .validatedBy(v -> v.asDouble() < 0 || v.asDouble() > 10 ? "must be between 0 and 10" : null);

    /** "Read time: 15-20 minutes", "Reading time ~ 8 min", "Estimated reading time: 6 minutes". */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(?:estimated\\s+)?read(?:ing)?[\\s-]*time\\s*[:：—–-]?\\s*(?:is\\s+)?(?:about\\s+|around\\s+|approx(?:imately|\\.)?\\s*|~\\s*|≈\\s*)?"
                    + "(\\d{1,3}(?:\\.\\d)?)(?:\\s*(?:-|–|—|to)\\s*(\\d{1,3}(?:\\.\\d)?))?\\s*(?:minutes?|mins?\\.?|m)(?![\\p{L}])");
    /** "10 min read", "a 5-minute read", "5–7 minute read". */
    private static final Pattern N_MIN_READ = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}.])(\\d{1,3})(?:\\s*(?:-|–|to)\\s*(\\d{1,3}))?(?:\\s*|-)(?:minutes?|mins?\\.?)[\\s-]+read\\b");
    /** A front matter value: "10", "10 min", "15-20 minutes". */
    private static final Pattern VALUE = Pattern.compile(
            "^\\s*[\"']?\\s*(\\d{1,3}(?:\\.\\d+)?)(?:\\s*(?:-|–|to)\\s*(\\d{1,3}(?:\\.\\d+)?))?\\s*(?:minutes?|mins?\\.?|m)?\\s*(?:read)?\\s*[\"']?\\s*(?:#.*)?$",
            Pattern.CASE_INSENSITIVE);
    static final List<String> KEYS = List.of("readTime", "read_time", "read-time", "readingTime", "reading_time",
            "reading-time");
    /** How many leading blocks a "Read time:" label may sit in. */
    private static final int LEADING_BLOCKS = 8;
    /** A block this short is a statement of its own ("10 min read", "March 2026 · 8 min read"). */
    private static final int SHORT_BLOCK_WORDS = 12;

    @Override
    public List<OptionSpec<?>> options() {
        return List.of(TOLERANCE, CoreOptions.WORDS_PER_MINUTE);
    }

    private record Stated(Span numbers, double low, double high, String as) {}

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        int wpm = Math.max(1, context.option(CoreOptions.WORDS_PER_MINUTE));
        double tolerance = context.option(TOLERANCE);
        double minutes = (double) draft.words() / wpm;
        long rounded = Math.max(1, Math.round(minutes));
        for (Stated s : frontMatter(draft)) {
            judge(draft, s, minutes, rounded, wpm, tolerance, out);
        }
        List<Block> blocks = draft.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean leading = i < LEADING_BLOCKS;
            boolean shortBlock = b.words() <= SHORT_BLOCK_WORDS;
            if (!leading && !shortBlock) {
                continue;
            }
            Prose prose = b.prose();
            String text = prose.text();
            Matcher m = LABELLED.matcher(text);
            boolean found = false;
            while (m.find()) {
                found = true;
                judge(draft, stated(prose, m), minutes, rounded, wpm, tolerance, out);
            }
            if (!found && shortBlock) {
                Matcher n = N_MIN_READ.matcher(text);
                while (n.find()) {
                    judge(draft, stated(prose, n), minutes, rounded, wpm, tolerance, out);
                }
            }
        }
    }

    private static Stated stated(Prose prose, Matcher m) {
        int end = m.group(2) != null ? m.end(2) : m.end(1);
        double low = Double.parseDouble(m.group(1));
        double high = m.group(2) != null ? Double.parseDouble(m.group(2)) : low;
        return new Stated(prose.toSource(m.start(1), end), Math.min(low, high), Math.max(low, high),
                prose.text().substring(m.start(1), end));
    }

    private static List<Stated> frontMatter(Draft draft) {
        if (!draft.frontMatter().present()) {
            return List.of();
        }
        for (String key : KEYS) {
            JsonNode v = draft.frontMatter().get(key);
            if (v.isMissingNode() || v.isNull() || v.isContainerNode()) {
                continue;
            }
            int lineStart = draft.frontMatter().keyOffset(draft.source(), key);
            int line = draft.lines().lineOf(lineStart);
            int lineEnd = draft.lines().lineEnd(line, draft.source());
            String lineText = draft.source().substring(lineStart, lineEnd);
            if (!lineText.startsWith(key + ":")) {
                continue; // written as a nested or flow mapping: leave it
            }
            int valueStart = lineStart + key.length() + 1;
            Matcher m = VALUE.matcher(draft.source().substring(valueStart, lineEnd));
            if (!m.find()) {
                continue;
            }
            int end = m.group(2) != null ? m.end(2) : m.end(1);
            double low = Double.parseDouble(m.group(1));
            double high = m.group(2) != null ? Double.parseDouble(m.group(2)) : low;
            return List.of(new Stated(new Span(valueStart + m.start(1), valueStart + end), Math.min(low, high),
                    Math.max(low, high), draft.source().substring(valueStart + m.start(1), valueStart + end)));
        }
        return List.of();
    }

    private static void judge(Draft draft, Stated s, double minutes, long rounded, int wpm, double tolerance,
                              FindingSink out) {
        if (s.low() <= rounded && rounded <= s.high()) {
            return;
        }
        double nearest = minutes < s.low() ? s.low() : minutes > s.high() ? s.high() : minutes;
        double off = minutes == 0 ? Double.POSITIVE_INFINITY : Math.abs(nearest - minutes) / minutes;
        if (off <= tolerance) {
            return;
        }
        String computed = Long.toString(rounded);
        out.report(s.numbers(), String.format(Locale.ROOT,
                        "Stated read time %s min, but %s at %d words per minute take about %s min to read.",
                        s.as().replaceAll("\\s+", ""), DraftTop.words(draft.words()), wpm, computed))
                .fix(Fix.suggestion("Write the computed read time (" + computed + " min)",
                        Edit.replace(s.numbers(), computed)).preferred(true))
                .evidence(String.format(Locale.ROOT, "%s a reader reads (prose only: no code, markup, URLs or "
                                + "front matter) ÷ %d words per minute (options.wordsPerMinute) = %.1f min; the "
                                + "stated time is %.0f%% off.", DraftTop.words(draft.words()), wpm, minutes,
                        off * 100))
                .add();
    }
}
