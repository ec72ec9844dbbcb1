package dev.vouch.engine;

import dev.vouch.config.ResolvedConfig;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.ledger.LedgerFile;
import dev.vouch.ledger.LedgerProblem;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rules.policy.EditingTime;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft's editing figures as {@code vouch ledger} prints them and the language server's
 * {@code vouch.showLedger} returns them: the ledger's record read against the draft's own configuration
 * (its preset's ratio, whether the editing-time policy is on, whether the draft is AI-assisted).
 */
public final class LedgerRows {
    private LedgerRows() {}

    /**
     * One draft.
     *
     * @param requiredMinutes exact (words ÷ ratio); {@link #requiredMinutesShown} rounds it up
     * @param applies         the editing-time rule is on for this draft and the draft is AI-assisted
     * @param notes           short remarks for a listing ("no editing recorded", "not marked AI-assisted")
     */
    public record Row(Path draft, String key, Path ledgerFile, int words, double editedMinutes, double requiredMinutes,
                      long requiredMinutesShown, boolean meets, boolean applies, int sessions, Instant lastEdit,
                      boolean changedSinceLastEdit, LedgerProblem problem, List<String> notes) {}

    /** The row for the draft at {@code path} whose current text is {@code text} (null: the file is missing). */
    public static Row of(Linter linter, Path path, String text) {
        return of(linter, path, text, null, null);
    }

    /**
     * The row from a ledger the caller holds (the language server's, unwritten edits included) for the
     * ledger root {@code root}; with {@code ledger} null, the ledger on disk, as {@code vouch ledger} reads it.
     */
    public static Row of(Linter linter, Path path, String text, Path root, LedgerFile.Read ledger) {
        Draft draft = DraftParser.parse(path, text == null ? "" : text);
        ResolvedConfig config = ResolvedConfig.forDraft(linter.settingsFor(path), draft, linter.configs());
        RuleDescriptor rule = linter.registry().get(EditingTime.ID);
        boolean enabled = rule != null && config.isEnabled(rule);
        int ratio = config.option(EditingTime.WORDS_PER_EDITED_MINUTE, EditingTime.ID);
        boolean assisted = EditingTime.isAiAssisted(draft, config.option(EditingTime.AI_ASSISTED, EditingTime.ID));
        Path fallback = config.root() != null ? config.root() : path.toAbsolutePath().getParent();
        EditingTime.Figures f = ledger == null ? EditingTime.figures(path, fallback, text, draft.words(), ratio)
                : EditingTime.figures(path, root, ledger, text, draft.words(), ratio);
        if (text == null && f.record() != null) {
            f = new EditingTime.Figures(f.ledgerFile(), f.key(), f.record(), f.problem(), f.record().words(), ratio, false);
        }
        List<String> notes = new ArrayList<>();
        if (text == null) {
            notes.add("file missing (words from the ledger)");
        }
        if (f.problem() != null) {
            notes.add("ledger unreadable");
        } else if (f.record() == null) {
            notes.add("no editing recorded");
        } else if (f.changedSinceLastEdit()) {
            notes.add("changed since the last recorded edit");
        }
        if (!enabled) {
            notes.add("editing-time policy off");
        } else if (!assisted) {
            notes.add("not marked AI-assisted");
        }
        notes.add("1 min per " + ratio + " words");
        return new Row(path, f.key(), f.ledgerFile(), f.words(), f.editedMinutes(), f.requiredMinutes(),
                f.requiredMinutesShown(), f.meets(), enabled && assisted,
                f.record() == null ? 0 : f.record().sessionCount(), f.record() == null ? null : f.record().lastEdit(),
                f.changedSinceLastEdit(), f.problem(), List.copyOf(notes));
    }

    /**
     * The {@code ledger.*} metrics of a draft already checked under {@code config}, with {@code editedMs} of
     * editing as the editor has it now (its unwritten edits included), in place of the figures the
     * {@code policy.editing-time} rule read from the file: the same rounding, the same ratio.
     */
    public static java.util.Map<String, Object> liveProgress(Draft draft, ResolvedConfig config, long editedMs) {
        return EditingTime.progress(editedMs / 60_000.0, draft.words(),
                config.option(EditingTime.WORDS_PER_EDITED_MINUTE, EditingTime.ID));
    }

    /** Whether a check published the {@code ledger.*} metrics (the editing-time policy applies to the draft). */
    public static boolean hasProgress(java.util.Map<String, Object> metrics) {
        return metrics.containsKey(EditingTime.METRIC_EDITED);
    }

    /** The idle threshold the editor should record a draft with: {@code options.ledgerIdleMinutes} of its configuration. */
    public static Duration idleThreshold(Linter linter, Path draft) {
        ResolvedConfig config = ResolvedConfig.of(linter.settingsFor(draft));
        double minutes = config.option(EditingTime.IDLE_MINUTES, null);
        return Duration.ofMillis(Math.max(1, Math.round(minutes * 60_000)));
    }
}
