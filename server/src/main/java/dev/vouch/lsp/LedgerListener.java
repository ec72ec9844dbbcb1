package dev.vouch.lsp;

import dev.vouch.engine.LedgerRows;
import dev.vouch.engine.Linter;
import dev.vouch.ledger.EditingLedger;
import dev.vouch.ledger.Ledger;
import dev.vouch.ledger.LedgerFile;
import dev.vouch.ledger.LedgerLocator;
import dev.vouch.ledger.LedgerProblem;
import dev.vouch.ledger.WorkspaceLedgers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The editing ledger behind the language server: the server's document events go, one to one, to a
 * {@link WorkspaceLedgers} per workspace folder (a draft belongs to the deepest folder that holds it), and
 * from there to {@code .vouch/ledger.json} at the draft's ledger root. Pending edits are written at least
 * every flush interval, at once on save and close, and on shutdown. A draft outside every workspace folder
 * is recorded only when a folder above it already has a ledger or a {@code .vouch.json}, so that opening a
 * stray file never leaves a {@code .vouch/} folder beside it. Problems with a ledger (an unreadable one kept
 * as a backup, a failed write) are shown to the writer once each; nothing here throws at the server.
 */
public final class LedgerListener implements EditingListener {
    private static final Logger LOG = Logger.getLogger(LedgerListener.class.getName());

    private final Linter linter;
    private final Clock clock;
    private final Duration flushInterval;
    private final Map<Path, WorkspaceLedgers> byFolder = new ConcurrentHashMap<>();
    /** Drafts in no workspace folder (recorded only under an existing project). */
    private final WorkspaceLedgers outside;
    /** The latest text of each open draft, for its ledger row. */
    private final Map<Path, String> openTexts = new ConcurrentHashMap<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile List<Path> folders = List.of();
    private volatile Consumer<String> warn = m -> { };
    private volatile ScheduledExecutorService timer;

    public LedgerListener(Linter linter, Clock clock) {
        this(linter, clock, EditingLedger.DEFAULT_FLUSH_INTERVAL);
    }

    /** @param flushInterval the longest an edit waits in memory before it is written */
    public LedgerListener(Linter linter, Clock clock, Duration flushInterval) {
        this.linter = linter;
        this.clock = clock;
        this.flushInterval = flushInterval;
        this.outside = newLedgers(null);
    }

    @Override
    public synchronized void started(List<Path> workspaceFolders, Consumer<String> warn) {
        List<Path> fs = new ArrayList<>();
        for (Path f : workspaceFolders) {
            fs.add(f.toAbsolutePath().normalize());
        }
        // Deepest first, so that a nested workspace folder wins over the one around it.
        fs.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        this.folders = List.copyOf(fs);
        this.warn = warn;
        if (timer == null && !stopped.get()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vouch-ledger-flush");
                t.setDaemon(true);
                return t;
            });
            long ms = Math.max(1000, flushInterval.toMillis());
            timer.scheduleWithFixedDelay(this::flushAll, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void opened(DraftEvent e) {
        WorkspaceLedgers l = ledgersFor(e.path());
        if (l != null) {
            openTexts.put(e.path(), e.text());
            l.opened(e.path(), e.at(), e.text());
        }
    }

    @Override
    public void changed(DraftEvent e) {
        WorkspaceLedgers l = ledgersFor(e.path());
        if (l != null) {
            openTexts.put(e.path(), e.text());
            l.changed(e.path(), e.at(), e.text());
        }
    }

    @Override
    public void saved(DraftEvent e) {
        WorkspaceLedgers l = ledgersFor(e.path());
        if (l != null) {
            l.saved(e.path(), e.at());
        }
    }

    @Override
    public void closed(DraftEvent e) {
        WorkspaceLedgers l = ledgersFor(e.path());
        if (l != null) {
            openTexts.remove(e.path());
            l.closed(e.path(), e.at());
        }
    }

    /** Writes everything pending and stops the flush timer; safe to call more than once, from any thread. */
    @Override
    public void shutdown() {
        stopped.set(true);
        ScheduledExecutorService t = timer;
        if (t != null) {
            t.shutdown();
        }
        flushAll();
    }

    private void flushAll() {
        for (WorkspaceLedgers l : all()) {
            try {
                l.flushAll();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "writing the editing ledger failed", e);
            }
        }
    }

    @Override
    public OptionalLong editedMs(Path draft) {
        WorkspaceLedgers l = draft == null ? null : ledgersFor(draft);
        return l == null ? OptionalLong.empty() : OptionalLong.of(l.editedMs(draft));
    }

    /**
     * {@code vouch.showLedger}: one draft's row (also when nothing is recorded for it yet), or a row for
     * every draft in the ledgers of the workspace folders and of every root written to, with the edits not
     * yet written included.
     */
    @Override
    public List<LedgerRow> ledger(Path draft) {
        if (draft != null) {
            Path d = draft.toAbsolutePath().normalize();
            Path root = LedgerLocator.rootForWriting(d, folderOf(d));
            return List.of(row(d, root, ledgerAt(root)));
        }
        Set<Path> roots = new LinkedHashSet<>();
        for (Path f : folders) {
            Path r = LedgerLocator.rootFrom(f);
            roots.add(r != null ? r : f);
        }
        for (WorkspaceLedgers l : all()) {
            roots.addAll(l.ledgers().keySet());
        }
        List<LedgerRow> rows = new ArrayList<>();
        for (Path root : roots) {
            LedgerFile.Read read = ledgerAt(root);
            if (read.ledger() == null) {
                continue;
            }
            for (String key : read.ledger().drafts().keySet()) {
                rows.add(row(root.resolve(key).normalize(), root, read));
            }
        }
        rows.sort(Comparator.comparing(LedgerRow::path));
        return rows;
    }

    /** The ledger at {@code root} as this process sees it: the file, with the edits of this process merged in. */
    private LedgerFile.Read ledgerAt(Path root) {
        LedgerFile.Read disk = LedgerFile.readCached(root.resolve(LedgerFile.PATH));
        Ledger mine = null;
        for (WorkspaceLedgers l : all()) {
            EditingLedger el = l.ledgers().get(root);
            if (el != null) {
                Ledger c = el.current();
                mine = mine == null ? c : mine.withSessions(sessionsOf(c));
            }
        }
        if (mine == null) {
            return disk;
        }
        return new LedgerFile.Read(mine, disk.problem(), disk.exists());
    }

    private static Map<String, List<dev.vouch.ledger.Session>> sessionsOf(Ledger l) {
        Map<String, List<dev.vouch.ledger.Session>> out = new LinkedHashMap<>();
        l.drafts().forEach((k, r) -> out.put(k, r.sessions()));
        return out;
    }

    private LedgerRow row(Path draft, Path root, LedgerFile.Read read) {
        String text = openTexts.get(draft);
        if (text == null && Files.isRegularFile(draft)) {
            try {
                text = Files.readString(draft, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                text = null;
            }
        }
        LedgerRows.Row r = LedgerRows.of(linter, draft, text, root, read);
        double edited = dev.vouch.rules.policy.EditingTime.editedMinutesShownTenths(r.editedMinutes());
        return new LedgerRow(display(draft), r.words(), edited, r.applies() ? r.requiredMinutesShown() : 0,
                !r.applies() || r.meets(), r.applies(), String.join("; ", r.notes()));
    }

    /** Relative to the workspace folder that holds the draft (what an editor resolves), else absolute. */
    private String display(Path draft) {
        Path f = folderOf(draft);
        if (f == null) {
            return draft.toString();
        }
        StringBuilder b = new StringBuilder();
        for (Path part : f.relativize(draft)) {
            b.append(b.length() == 0 ? "" : "/").append(part);
        }
        return b.toString();
    }

    private Path folderOf(Path draft) {
        for (Path f : folders) {
            if (draft.startsWith(f) && !draft.equals(f)) {
                return f;
            }
        }
        return null;
    }

    /** The ledgers a draft's events go to, or null when the draft is not recorded. */
    private WorkspaceLedgers ledgersFor(Path draft) {
        if (draft == null || stopped.get()) {
            return null;
        }
        Path d = draft.toAbsolutePath().normalize();
        Path folder = folderOf(d);
        if (folder == null) {
            return LedgerLocator.rootOf(d) != null ? outside : null;
        }
        return byFolder.computeIfAbsent(folder, this::newLedgers);
    }

    private WorkspaceLedgers newLedgers(Path folder) {
        return new WorkspaceLedgers(folder, this::idleThreshold, flushInterval, clock, this::report);
    }

    private List<WorkspaceLedgers> all() {
        List<WorkspaceLedgers> out = new ArrayList<>(byFolder.values());
        out.add(outside);
        return out;
    }

    private Duration idleThreshold(Path draft) {
        try {
            return LedgerRows.idleThreshold(linter, draft);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "no idle threshold for " + draft + "; using the default", e);
            return EditingLedger.DEFAULT_IDLE;
        }
    }

    private void report(LedgerProblem p) {
        LOG.warning("editing ledger: " + p);
        try {
            warn.accept("the editing ledger " + p.file() + ": " + p.message()
                    + (p.kind() == LedgerProblem.Kind.IO ? " (the time is kept in memory and written again later)" : ""));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "could not tell the writer about a ledger problem", e);
        }
    }
}
