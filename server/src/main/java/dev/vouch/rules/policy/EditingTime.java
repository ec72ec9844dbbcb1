package dev.vouch.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.vouch.draft.Draft;
import dev.vouch.ledger.DraftRecord;
import dev.vouch.ledger.LedgerFile;
import dev.vouch.ledger.LedgerLocator;
import dev.vouch.ledger.LedgerProblem;
import dev.vouch.rule.DocumentRule;
import dev.vouch.rule.FindingSink;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleContext;
import dev.vouch.rule.RuleInfo;
import dev.vouch.rule.Severity;
import dev.vouch.text.Span;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

@AutoService(Rule.class)
@RuleInfo(
        id = "policy.editing-time",
        severity = Severity.WARNING,
        enabledByDefault = false,
        summary = "AI-assisted draft edited for less time than the policy asks (minutes per words)",
        explanation = """
                LessWrong's March 2025 guideline asks a writer who uses AI for writing assistance to spend
                at least 1 minute per 50 words editing. For a draft marked AI-assisted (front matter
                `ai-assisted: true`, or `"aiAssisted": true` in this rule's entry for a whole project), the
                rule compares the active editing time that Vouch's editor integration measured and kept in
                `.vouch/ledger.json` (commit it, and CI reads it) with the draft's words ÷
                `wordsPerEditedMinute`, and reports at the top of the draft when it falls short. A draft not
                marked either way whose paragraphs read like assistant prose (at least `aiStyleShare` of them,
                by the shared AI-style analysis) gets an `info` suggestion, never more, to mark it AI-assisted
                if an assistant helped, with what the policy would then ask. Active
                time counts the gaps between edits shorter than `options.ledgerIdleMinutes` (2); idle time
                does not. A ledger that was edited by hand or cannot be read is reported, never trusted.
                `vouch ledger` prints the same figures for every draft.

                The rule is off until a preset (`vouch:lesswrong-2025`) or the project switches it on; any
                venue can set its own ratio and name (`policyName`).""",
        flagged = {"---\nai-assisted: true\n---\n(1,900 words, 12 minutes in the ledger)"},
        passes = {"---\nai-assisted: true\n---\n(1,900 words, 40 minutes in the ledger)",
                "(a draft not marked AI-assisted)"})
public final class EditingTime implements DocumentRule {
    public static final String ID = "policy.editing-time";
    public static final OptionSpec<Integer> WORDS_PER_EDITED_MINUTE = OptionSpec.integer("wordsPerEditedMinute", 50,
            "Words per minute of editing the policy asks for (LessWrong 2025: 1 minute per 50 words).")
            .validatedBy(v -> v.asInt() < 1 ? "must be at least 1" : null);
    public static final OptionSpec<Boolean> AI_ASSISTED = OptionSpec.bool("aiAssisted", false,
            "Treat every draft as AI-assisted (front matter ai-assisted: true/false still decides for one draft).");
    public static final OptionSpec<String> POLICY_NAME = OptionSpec.string("policyName", "the editing-time policy",
            "How messages name the policy (\"the LessWrong guideline\").");
    public static final OptionSpec<Double> IDLE_MINUTES = OptionSpec.number("ledgerIdleMinutes", 2.0,
            "A pause between edits longer than this (minutes) is idle: the editor's ledger does not count it "
                    + "and starts a new session.")
            .validatedBy(v -> v.asDouble() <= 0 || v.asDouble() > 60 ? "must be above 0 and at most 60" : null)
            .global();
    public static final OptionSpec<Double> AI_STYLE_SHARE = OptionSpec.number("aiStyleShare", 0.25,
            "For a draft not marked AI-assisted: the share of its paragraphs reading like assistant prose at "
                    + "which an info suggestion to mark it appears (0 turns the suggestion off).")
            .validatedBy(v -> v.asDouble() < 0 || v.asDouble() > 1 ? "must be between 0 and 1" : null);
    /** At least this many paragraphs must read like assistant prose for the suggestion. */
    private static final int AI_STYLE_MIN_PARAGRAPHS = 2;
    /** Front matter keys that mark a draft AI-assisted. */
    public static final List<String> FRONT_MATTER_KEYS = List.of("ai-assisted", "aiAssisted", "ai_assisted");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public List<OptionSpec<?>> options() {
        return List.of(WORDS_PER_EDITED_MINUTE, AI_ASSISTED, POLICY_NAME, AI_STYLE_SHARE, IDLE_MINUTES);
    }

    /** What the ledger says about one draft, and what the policy asks of it. */
    public record Figures(Path ledgerFile, String key, DraftRecord record, LedgerProblem problem, int words,
                          int wordsPerEditedMinute, boolean changedSinceLastEdit) {
        public double editedMinutes() {
            return record == null ? 0 : record.editedMinutes();
        }

        /** The exact minutes asked for; the policy is met at or above it. */
        public double requiredMinutes() {
            return (double) words / wordsPerEditedMinute;
        }

        /** Minutes asked for, rounded up, for display. */
        public long requiredMinutesShown() {
            return (long) Math.ceil(requiredMinutes() - 1e-9);
        }

        /** Minutes edited, rounded down, for display (never shows "38" for 37.9). */
        public long editedMinutesShown() {
            return (long) Math.floor(editedMinutes() + 1e-9);
        }

        public boolean meets() {
            return problem == null && editedMinutes() + 1e-9 >= requiredMinutes();
        }
    }

    /**
     * Looks the draft up in its ledger ({@link LedgerLocator}; {@code fallbackRoot} when no folder above
     * the draft has a ledger or a config). {@code text} is the draft's current text, to tell whether it
     * changed since the last recorded edit.
     */
    public static Figures figures(Path draftPath, Path fallbackRoot, String text, int words, int wordsPerEditedMinute) {
        Path root = LedgerLocator.rootOf(draftPath);
        if (root == null) {
            root = fallbackRoot;
        }
        return figures(draftPath, root, LedgerFile.readCached(root.resolve(LedgerFile.PATH)), text, words,
                wordsPerEditedMinute);
    }

    /**
     * The same figures from a ledger the caller already has: the language server's, with the edits it has
     * not written yet, so that what the editor shows is not up to a flush interval behind.
     */
    public static Figures figures(Path draftPath, Path root, LedgerFile.Read read, String text, int words,
                                  int wordsPerEditedMinute) {
        Path file = root.resolve(LedgerFile.PATH);
        String key = LedgerLocator.key(root, draftPath);
        if (!read.ok()) {
            return new Figures(file, key, null, read.problem(), words, wordsPerEditedMinute, false);
        }
        DraftRecord rec = key == null ? null : read.ledger().draft(key);
        boolean changed = rec != null && text != null
                && !rec.contentHash().equals(dev.vouch.ledger.ContentHash.of(text));
        return new Figures(file, key, rec, null, words, wordsPerEditedMinute, changed);
    }

    /**
     * Minutes edited as every figure shows them (code lens, {@code vouch ledger}, its JSON, the status):
     * rounded down to a tenth, so that 37.99 reads 37.9 beside "meets: no", never 38.0.
     */
    public static double editedMinutesShownTenths(double editedMinutes) {
        return Math.floor(editedMinutes * 10 + 1e-9) / 10.0;
    }

    /** Metric: minutes edited, rounded down to a tenth (so that it never reads as enough when it is not). */
    public static final String METRIC_EDITED = "ledger.editedMinutes";
    /** Metric: minutes the policy asks for, rounded up. */
    public static final String METRIC_REQUIRED = "ledger.requiredMinutes";
    /** Metric: whether the edited time meets the policy. */
    public static final String METRIC_MEETS = "ledger.meets";

    /** The {@code ledger.*} metrics of a draft's figures (the code lens, {@code vouch/status}, the CLI's JSON). */
    public static java.util.Map<String, Object> progress(Figures f) {
        return progress(f.editedMinutes(), f.requiredMinutesShown(), f.meets());
    }

    /**
     * The same metrics for {@code editedMinutes} of editing on a draft of {@code words} words (the language
     * server's live figure, edits it has not written to the ledger yet included).
     */
    public static java.util.Map<String, Object> progress(double editedMinutes, int words, int wordsPerEditedMinute) {
        Figures asked = new Figures(null, null, null, null, words, wordsPerEditedMinute, false);
        return progress(editedMinutes, asked.requiredMinutesShown(), editedMinutes + 1e-9 >= asked.requiredMinutes());
    }

    private static java.util.Map<String, Object> progress(double editedMinutes, long requiredShown, boolean meets) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put(METRIC_EDITED, editedMinutesShownTenths(editedMinutes));
        m.put(METRIC_REQUIRED, requiredShown);
        m.put(METRIC_MEETS, meets);
        return m;
    }

    /** Front matter's say on whether the draft is AI-assisted, or null when it says nothing. */
    public static Boolean frontMatterSays(Draft draft) {
        for (String key : FRONT_MATTER_KEYS) {
            JsonNode v = draft.frontMatter().get(key);
            if (v.isBoolean()) {
                return v.asBoolean();
            }
            if (v.isTextual()) {
                String t = v.asText().trim().toLowerCase(Locale.ROOT);
                if (List.of("yes", "true", "on").contains(t)) {
                    return true;
                }
                if (List.of("no", "false", "off").contains(t)) {
                    return false;
                }
            }
        }
        return null;
    }

    public static boolean isAiAssisted(Draft draft, boolean configured) {
        Boolean fm = frontMatterSays(draft);
        return fm != null ? fm : configured;
    }

    @Override
    public void check(Draft draft, RuleContext context, FindingSink out) {
        if (draft.path() == null) {
            return;
        }
        if (!isAiAssisted(draft, context.option(AI_ASSISTED))) {
            if (frontMatterSays(draft) == null) {
                suggestMarking(draft, context, out);
            }
            return;
        }
        int ratio = context.option(WORDS_PER_EDITED_MINUTE);
        String policy = context.option(POLICY_NAME);
        Figures f = figures(draft.path(), context.projectRoot(), draft.source(), draft.words(), ratio);
        progress(f).forEach(context::metric);
        if (f.meets()) {
            return;
        }
        Span top = DraftTop.keyOrTop(draft, FRONT_MATTER_KEYS.toArray(String[]::new));
        String asks = String.format(Locale.ROOT, "%s asks for %d min for %s (1 min per %d words)", policy,
                f.requiredMinutesShown(), DraftTop.words(draft.words()), ratio);
        String ledgerName = LedgerFile.PATH;
        if (f.problem() != null) {
            out.report(top, "Editing time unknown: " + ledgerName + " " + f.problem().message().replaceFirst("^the ledger ", "")
                            + "; " + asks + ".")
                    .evidence("Vouch does not trust a ledger it cannot check. " + f.problem().message()
                            + ". The language server starts a new ledger beside a backup the next time it writes.")
                    .add();
            return;
        }
        String message;
        if (f.record() == null) {
            message = "Edited 0 min (no editing time recorded for this draft in " + ledgerName + "); " + asks + ".";
        } else {
            message = String.format(Locale.ROOT, "Edited %d min; %s.", f.editedMinutesShown(), asks);
        }
        StringBuilder ev = new StringBuilder();
        if (f.record() != null) {
            ev.append(String.format(Locale.ROOT, "%s records %.1f min of active editing in %d session%s, the last edit at %s",
                    ledgerName, f.editedMinutes(), f.record().sessionCount(), f.record().sessionCount() == 1 ? "" : "s",
                    WHEN.format(f.record().lastEdit())));
            if (f.changedSinceLastEdit()) {
                ev.append("; the text has changed since (edits made outside a Vouch editor are not timed)");
            }
            ev.append(". ");
        } else {
            ev.append("The ledger is written by Vouch's editor integration while you edit; keep it committed "
                    + "so that CI can read it. ");
        }
        ev.append(String.format(Locale.ROOT, "%s ÷ %d words per edited minute = %.1f min.",
                DraftTop.words(draft.words()), ratio, f.requiredMinutes()));
        out.report(top, message).evidence(ev.toString()).add();
    }

    /**
     * A draft nobody marked either way, whose AI-style figure is high: an info suggestion, never more, to
     * mark it AI-assisted if an assistant helped, with what the policy would then ask.
     */
    private static void suggestMarking(Draft draft, RuleContext context, FindingSink out) {
        double share = context.option(AI_STYLE_SHARE);
        if (share <= 0) {
            return;
        }
        dev.vouch.rules.aistyle.AiStyleAnalysis ai = context.analysis(dev.vouch.rules.aistyle.AiStyleAnalysis.ANALYSIS);
        if (ai.flaggedCount() < AI_STYLE_MIN_PARAGRAPHS || ai.flaggedShare() < share) {
            return;
        }
        int ratio = context.option(WORDS_PER_EDITED_MINUTE);
        Figures f = figures(draft.path(), context.projectRoot(), draft.source(), draft.words(), ratio);
        String recorded = f.problem() != null ? "the ledger cannot be read"
                : String.format(Locale.ROOT, "the ledger records %d min", f.editedMinutesShown());
        String message = String.format(Locale.ROOT, "%d of %d paragraphs read like assistant prose; if an assistant "
                        + "helped write this draft, mark it ai-assisted: true, and %s then asks for %d min of editing for "
                        + "%s (1 min per %d words); %s.", ai.flaggedCount(), ai.paragraphCount(),
                context.option(POLICY_NAME), f.requiredMinutesShown(), DraftTop.words(draft.words()), ratio, recorded);
        out.report(DraftTop.span(draft), message)
                .severity(Severity.INFO)
                .fix(markAssisted(draft))
                .evidence("A suggestion only: Vouch's AI-style figure (share of paragraphs whose evidence adds up) is "
                        + Math.round(ai.flaggedShare() * 100) + "%, at or above aiStyleShare (" + Math.round(share * 100)
                        + "%). It says how the text reads, not who wrote it; ai-assisted: false in front matter "
                        + "silences it.")
                .add();
    }

    /** Adds {@code ai-assisted: true} to the front matter (creating it when there is none). */
    private static dev.vouch.rule.Fix markAssisted(Draft draft) {
        String nl = draft.lineBreak();
        dev.vouch.rule.Edit e;
        if (draft.frontMatter().present()) {
            e = dev.vouch.rule.Edit.insert(draft.frontMatter().yamlSpan().start(), "ai-assisted: true" + nl);
        } else {
            e = dev.vouch.rule.Edit.insert(0, "---" + nl + "ai-assisted: true" + nl + "---" + nl);
        }
        return dev.vouch.rule.Fix.suggestion("Mark the draft AI-assisted (front matter ai-assisted: true)", e);
    }
}
