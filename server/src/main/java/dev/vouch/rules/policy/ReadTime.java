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
import java.util.ArrayList;
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
                minutes*", "Reading time: 1 hour", or front matter `readTime: 10`) is compared with the draft's word count at
                `options.wordsPerMinute` (default 238, the mean silent-reading rate for non-fiction in
                Brysbaert's 2019 meta-analysis; most adults read 175–300). Words are those a reader reads:
                prose only, no code, markup, URLs or front matter. When the stated time is off by more than
                `tolerance` (20%) from the computed one, and does not include it once rounded, the rule says
                so, and its fix writes the computed time in place of the stated one, number and unit together
                ("1 minute", "a 3-minute read").

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

    /** The unit after a stated time: minutes (as words or abbreviated) or hours ("1 hour", "1.5 hrs"). */
    private static final String UNIT = "(minutes?|mins?|m|hours?|hrs?|h)\\.?";
    /** "Read time: 15-20 minutes", "Reading time ~ 8 min", "Estimated reading time: 6 minutes", "1 hour". */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(?:estimated\\s+)?read(?:ing)?[\\s-]*time\\s*[:：—–-]?\\s*(?:is\\s+)?(?:about\\s+|around\\s+|approx(?:imately|\\.)?\\s*|~\\s*|≈\\s*)?"
                    + "(\\d{1,3}(?:\\.\\d)?)(?:\\s*(?:-|–|—|to)\\s*(\\d{1,3}(?:\\.\\d)?))?\\s*" + UNIT + "(?![\\p{L}])");
    /** "10 min read", "a 5-minute read", "5–7 minute read", "1 hr read". */
    private static final Pattern N_MIN_READ = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}.])(\\d{1,3}(?:\\.\\d)?)(?:\\s*(?:-|–|to)\\s*(\\d{1,3}(?:\\.\\d)?))?(?:\\s*|-)"
                    + "(minutes?|mins?|hours?|hrs?)\\.?[\\s-]+read\\b");
    /** A front matter value: "10", "10 min", "15-20 minutes", "1 hour". */
    private static final Pattern VALUE = Pattern.compile(
            "^\\s*[\"']?\\s*(\\d{1,3}(?:\\.\\d+)?)(?:\\s*(?:-|–|to)\\s*(\\d{1,3}(?:\\.\\d+)?))?\\s*(?:" + UNIT
                    + ")?\\s*(?:read)?\\s*[\"']?\\s*(?:#.*)?$",
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

    /**
     * A read time the draft states about itself.
     *
     * @param numbers the figures ("15-20", "1.5")
     * @param span    the figures and their unit ("15-20 minutes"): what the fix rewrites
     * @param low     the lower end, in minutes
     * @param high    the upper end, in minutes (= low for a single figure)
     * @param as      the statement as written ("15-20 minutes", or "30" for a bare front-matter figure)
     * @param unit    the unit word as written ("minutes", "min", "hour", "hrs"), or null for a bare figure
     * @param compound whether the unit is joined by a hyphen ("a 5-minute read"), so stays singular
     */
    public record StatedReadTime(Span numbers, Span span, double low, double high, String as, String unit,
                                 boolean compound) {}

    /** Metric (when the draft states a read time): the computed read time in whole minutes. */
    public static final String METRIC_COMPUTED = "readTime.computedMinutes";
    /** Metric (when the draft states a read time): the words per minute it was computed at. */
    public static final String METRIC_WORDS_PER_MINUTE = "readTime.wordsPerMinute";

    /** The minutes {@code draft} takes to read at {@code wordsPerMinute} (prose words only). */
    public static double computedMinutes(Draft draft, int wordsPerMinute) {
        return (double) draft.words() / Math.max(1, wordsPerMinute);
    }

    /** The computed read time as the rule states it: whole minutes, at least 1. */
    public static long roundedMinutes(double minutes) {
        return Math.max(1, Math.round(minutes));
    }

    /**
     * Every read time {@code draft} states about itself (front matter, a "Read time:" label in the first
     * blocks, a short line such as "10 min read"), whether or not it agrees with the computed one: the
     * rule judges them, and an editor's hover shows the computed time on them.
     */
    public static List<StatedReadTime> statedReadTimes(Draft draft) {
        List<StatedReadTime> out = new ArrayList<>(frontMatter(draft));
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
                out.add(stated(prose, m));
            }
            if (!found && shortBlock) {
                Matcher n = N_MIN_READ.matcher(text);
                while (n.find()) {
                    out.add(stated(prose, n));
                }
            }
        }
        return out;
    }

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        int wpm = Math.max(1, context.option(CoreOptions.WORDS_PER_MINUTE));
        double tolerance = context.option(TOLERANCE);
        double minutes = computedMinutes(draft, wpm);
        List<StatedReadTime> stated = statedReadTimes(draft);
        if (!stated.isEmpty()) {
            // For the hover on a stated time, right or wrong: what it was compared with.
            context.metric(METRIC_COMPUTED, roundedMinutes(minutes));
            context.metric(METRIC_WORDS_PER_MINUTE, wpm);
        }
        for (StatedReadTime s : stated) {
            judge(draft, s, minutes, roundedMinutes(minutes), wpm, tolerance, out);
        }
    }

    private static StatedReadTime stated(Prose prose, Matcher m) {
        int numbersEnd = m.group(2) != null ? m.end(2) : m.end(1);
        String text = prose.text();
        String between = text.substring(numbersEnd, m.start(3));
        return statement(prose.toSource(m.start(1), numbersEnd), prose.toSource(m.start(1), m.end(3)),
                m.group(1), m.group(2), text.substring(m.start(1), m.end(3)), m.group(3), between.contains("-"));
    }

    private static StatedReadTime statement(Span numbers, Span span, String first, String second, String as,
                                            String unit, boolean compound) {
        double perUnit = unit != null && Character.toLowerCase(unit.charAt(0)) == 'h' ? 60 : 1;
        double low = Double.parseDouble(first) * perUnit;
        double high = second != null ? Double.parseDouble(second) * perUnit : low;
        return new StatedReadTime(numbers, span, Math.min(low, high), Math.max(low, high), as, unit, compound);
    }

    private static List<StatedReadTime> frontMatter(Draft draft) {
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
            String value = draft.source().substring(valueStart, lineEnd);
            Matcher m = VALUE.matcher(value);
            if (!m.find()) {
                continue;
            }
            int numbersEnd = m.group(2) != null ? m.end(2) : m.end(1);
            int end = m.group(3) != null ? m.end(3) : numbersEnd;
            boolean compound = m.group(3) != null && value.substring(numbersEnd, m.start(3)).contains("-");
            return List.of(statement(new Span(valueStart + m.start(1), valueStart + numbersEnd),
                    new Span(valueStart + m.start(1), valueStart + end), m.group(1), m.group(2),
                    value.substring(m.start(1), end), m.group(3), compound));
        }
        return List.of();
    }

    /**
     * The computed time written in the statement's own unit style, number and unit agreeing: "1 minute",
     * "12 minutes", "a 1-minute read", "5 min", "1.5 hours"; a bare front-matter figure stays a bare figure
     * of minutes.
     */
    static String written(StatedReadTime s, long minutes) {
        if (s.unit() == null) {
            return Long.toString(minutes);
        }
        String unit = s.unit().toLowerCase(Locale.ROOT);
        boolean hours = unit.startsWith("h");
        if (hours && minutes >= 60) {
            double h = Math.round(minutes / 30.0) / 2.0; // to the half hour
            String figure = h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
            boolean one = h == 1 || s.compound();
            String word = switch (unit) {
                case "h" -> "h";
                case "hr", "hrs" -> one ? "hr" : "hrs";
                default -> one ? "hour" : "hours";
            };
            return figure + (s.compound() ? "-" : " ") + word;
        }
        boolean one = minutes == 1 || s.compound();
        String word = switch (unit) {
            case "m" -> "m";
            case "min", "mins", "hr", "hrs", "h" -> one || unit.equals("min") ? "min" : "mins";
            default -> one ? "minute" : "minutes";
        };
        return minutes + (s.compound() ? "-" : " ") + word;
    }

    private static void judge(Draft draft, StatedReadTime s, double minutes, long rounded, int wpm,
                              double tolerance, FindingSink out) {
        if (s.low() <= rounded && rounded <= s.high()) {
            return;
        }
        double nearest = minutes < s.low() ? s.low() : minutes > s.high() ? s.high() : minutes;
        double off = minutes == 0 ? Double.POSITIVE_INFINITY : Math.abs(nearest - minutes) / minutes;
        if (off <= tolerance) {
            return;
        }
        String computed = Long.toString(rounded);
        String as = s.as().replaceAll("\\s+", " ") + (s.unit() == null ? " min" : "");
        String replacement = written(s, rounded);
        out.report(s.numbers(), String.format(Locale.ROOT,
                        "Stated read time %s, but %s at %d words per minute take about %s min to read.",
                        as, DraftTop.words(draft.words()), wpm, computed))
                .fix(Fix.suggestion("Write the computed read time (" + replacement + ")",
                        Edit.replace(s.span(), replacement)).preferred(true))
                .evidence(String.format(Locale.ROOT, "%s a reader reads (prose only: no code, markup, URLs or "
                                + "front matter) ÷ %d words per minute (options.wordsPerMinute) = %.1f min; the "
                                + "stated time is %.0f%% off.", DraftTop.words(draft.words()), wpm, minutes,
                        off * 100))
                .add();
    }
}
