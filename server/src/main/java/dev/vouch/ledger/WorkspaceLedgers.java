package dev.vouch.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The editing ledgers of everything one editor process has open: one {@link EditingLedger} per ledger
 * root ({@link LedgerLocator#rootForWriting}), so drafts of two projects in one window each land in
 * their own project's ledger. This is what the language server's document listener calls, one method per
 * notification; it writes after a change at most once per flush interval, and at once on save, close and
 * shutdown. Problems (an unreadable ledger backed up and restarted, a failed write) go to
 * {@code problems}, once per distinct message, for the server to show. Thread-safe.
 */
public final class WorkspaceLedgers {
    private final Path workspaceFolder;
    private final Function<Path, Duration> idleThreshold;
    private final Duration flushInterval;
    private final Clock clock;
    private final Consumer<LedgerProblem> problems;
    private final Map<Path, EditingLedger> byRoot = new LinkedHashMap<>();
    private final Map<Path, String> lastProblem = new LinkedHashMap<>();

    /**
     * @param workspaceFolder the editor's workspace folder (a draft inside it with no ledger or config above
     *                        it is recorded at this root), or null
     * @param idleThreshold   the idle threshold for a draft's ledger (from {@code options.ledgerIdleMinutes}
     *                        of the draft's configuration), asked once per root
     * @param problems        told of every new problem
     */
    public WorkspaceLedgers(Path workspaceFolder, Function<Path, Duration> idleThreshold, Duration flushInterval,
                            Clock clock, Consumer<LedgerProblem> problems) {
        this.workspaceFolder = workspaceFolder;
        this.idleThreshold = idleThreshold;
        this.flushInterval = flushInterval;
        this.clock = clock;
        this.problems = problems;
    }

    private synchronized EditingLedger ledgerFor(Path draft) {
        Path root = LedgerLocator.rootForWriting(draft, workspaceFolder);
        return byRoot.computeIfAbsent(root, r -> new EditingLedger(new LedgerStore(r, clock), idleThreshold.apply(draft),
                flushInterval, EditingLedger.defaultWriter(), clock));
    }

    public void opened(Path draft, Instant at, String text) {
        if (draft != null) {
            ledgerFor(draft).opened(draft, at, text);
        }
    }

    /** An edit: recorded, and written when the flush interval has passed since the last write. */
    public void changed(Path draft, Instant at, String text) {
        if (draft == null) {
            return;
        }
        EditingLedger l = ledgerFor(draft);
        l.edited(draft, at, text);
        report(l, l.flushIfDue());
    }

    /** A save: written now (the file on disk and the ledger agree for CI). */
    public void saved(Path draft, Instant at) {
        if (draft != null) {
            EditingLedger l = ledgerFor(draft);
            report(l, l.flush());
        }
    }

    /** A close: the session ends and is written now. */
    public void closed(Path draft, Instant at) {
        if (draft == null) {
            return;
        }
        EditingLedger l = ledgerFor(draft);
        l.closed(draft, at);
        report(l, l.flush());
    }

    /** Writes every ledger with anything pending (call on shutdown, and from a timer if you like). */
    public void flushAll() {
        List<EditingLedger> all;
        synchronized (this) {
            all = new ArrayList<>(byRoot.values());
        }
        for (EditingLedger l : all) {
            report(l, l.flush());
        }
    }

    /** The ledger of the draft's root as it stands, unwritten sessions included. */
    public Ledger current(Path draft) {
        return ledgerFor(draft).current();
    }

    /** The draft's active editing time as it stands, unwritten edits included ({@link EditingLedger#editedMs}). */
    public long editedMs(Path draft) {
        return ledgerFor(draft).editedMs(draft);
    }

    /** Every root written to so far, with its ledger as it stands. */
    public synchronized Map<Path, EditingLedger> ledgers() {
        return Map.copyOf(byRoot);
    }

    private void report(EditingLedger l, EditingLedger.FlushResult r) {
        if (r.problem() == null) {
            synchronized (this) {
                if (r.written()) {
                    lastProblem.remove(l.root());
                }
            }
            return;
        }
        synchronized (this) {
            if (r.problem().message().equals(lastProblem.get(l.root()))) {
                return;
            }
            lastProblem.put(l.root(), r.problem().message());
        }
        problems.accept(r.problem());
    }
}
