package dev.vouch.ledger;

import dev.vouch.draft.DraftParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures active editing time for the drafts of one workspace, as one writer (one editor process), and
 * keeps it in {@code .vouch/ledger.json}. The language server calls {@link #opened}, {@link #edited}
 * and {@link #closed} as documents change; nothing here knows about LSP.
 *
 * <p>Active time is the sum of the gaps between consecutive edits that are shorter than the idle
 * threshold (2 minutes by default); a longer gap counts nothing and starts a new session, and so does
 * closing the draft. Opening a draft is not an edit, nor is a change that leaves the text as it was.
 *
 * <p>Edits are recorded in memory, cheaply; {@link #flush} writes this writer's sessions into the
 * ledger (merging under a lock with other writers'), and {@link #flushIfDue} does so at most once per
 * flush interval. Call {@code flushIfDue} from a timer, and {@code flush} on close and on shutdown.
 * Thread-safe.
 */
public final class EditingLedger {
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(2);
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(30);

    /** What a flush did: whether it wrote, and a problem to show the writer (or null). */
    public record FlushResult(boolean written, LedgerProblem problem) {}

    /** A session being recorded; its words and hash are computed from {@code text} when flushed. */
    private static final class Open {
        final String id = UUID.randomUUID().toString();
        final Instant start;
        Instant end;
        long editedMs;
        int edits = 1;
        String text;
        int words = -1;
        String hash;

        Open(Instant at, String text) {
            this.start = at;
            this.end = at;
            this.text = text;
        }

        Session toSession(String writer) {
            if (words < 0 || hash == null) {
                words = DraftParser.parse(text).words();
                hash = ContentHash.of(text);
                text = null; // counted: the text is no longer needed
            }
            return new Session(id, writer, start, end, editedMs, edits, words, hash);
        }

        /** The session's times alone, for a live figure: words and hash as last counted (0 and "" before). */
        Session timed(String writer) {
            return new Session(id, writer, start, end, editedMs, edits, Math.max(words, 0), hash == null ? "" : hash);
        }

        void touched(String newText) {
            text = newText;
            words = -1;
            hash = null;
        }
    }

    private static final class Tracked {
        String lastText;
        Open current;
        final List<Open> sessions = new ArrayList<>();
    }

    private final LedgerStore store;
    private final Duration idle;
    private final Duration flushInterval;
    private final String writer;
    private final Clock clock;
    private final Map<String, Tracked> drafts = new HashMap<>();
    private boolean dirty;
    private Instant lastFlush;

    /** A writer for the workspace at {@code root}, with the default idle threshold. */
    public EditingLedger(Path root) {
        this(root, DEFAULT_IDLE, Clock.systemUTC());
    }

    public EditingLedger(Path root, Duration idle, Clock clock) {
        this(new LedgerStore(root, clock), idle, DEFAULT_FLUSH_INTERVAL, defaultWriter(), clock);
    }

    EditingLedger(LedgerStore store, Duration idle, Duration flushInterval, String writer, Clock clock) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle threshold must be positive");
        }
        this.store = store;
        this.idle = idle;
        this.flushInterval = flushInterval;
        this.writer = writer;
        this.clock = clock;
    }

    public Path root() {
        return store.root();
    }

    public Duration idleThreshold() {
        return idle;
    }

    /** The draft's key in this ledger, or null when it lies outside the workspace. */
    public String keyOf(Path draft) {
        return LedgerLocator.key(store.root(), draft);
    }

    /** The draft was opened with {@code text}: remembered as the baseline, not counted as an edit. */
    public synchronized void opened(Path draft, Instant at, String text) {
        String key = keyOf(draft);
        if (key == null) {
            return;
        }
        Tracked t = drafts.computeIfAbsent(key, k -> new Tracked());
        t.lastText = text;
    }

    /** An edit of {@code draft} at {@code at}, after which its text is {@code text}. */
    public synchronized void edited(Path draft, Instant at, String text) {
        String key = keyOf(draft);
        if (key == null) {
            return;
        }
        Tracked t = drafts.computeIfAbsent(key, k -> new Tracked());
        if (text.equals(t.lastText)) {
            return;
        }
        t.lastText = text;
        Open s = t.current;
        if (s != null) {
            long gap = Duration.between(s.end, at).toMillis();
            if (gap < 0) {
                s.edits++; // the clock stepped back: count the edit, not the time
                s.touched(text);
                dirty = true;
                return;
            }
            if (gap < idle.toMillis()) {
                s.editedMs += gap;
                s.end = at;
                s.edits++;
                s.touched(text);
                dirty = true;
                return;
            }
        }
        Open fresh = new Open(at, text);
        t.current = fresh;
        t.sessions.add(fresh);
        dirty = true;
    }

    /** The draft was closed: its session ends (the time since its last edit is not counted). */
    public synchronized void closed(Path draft, Instant at) {
        String key = keyOf(draft);
        Tracked t = key == null ? null : drafts.get(key);
        if (t != null) {
            t.current = null;
            t.lastText = null;
        }
    }

    /** {@link #opened}, {@link #edited} and {@link #closed} at the clock's time. */
    public void opened(Path draft, String text) {
        opened(draft, clock.instant(), text);
    }

    public void edited(Path draft, String text) {
        edited(draft, clock.instant(), text);
    }

    public void closed(Path draft) {
        closed(draft, clock.instant());
    }

    /** This writer's sessions so far, by draft key (what the next flush writes). */
    public synchronized Map<String, List<Session>> sessions() {
        Map<String, List<Session>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Tracked> e : drafts.entrySet()) {
            if (e.getValue().sessions.isEmpty()) {
                continue;
            }
            List<Session> list = new ArrayList<>();
            for (Open o : e.getValue().sessions) {
                list.add(o.toSession(writer));
            }
            out.put(e.getKey(), list);
        }
        return out;
    }

    /**
     * The ledger as it stands: what is on disk with this writer's unflushed sessions merged in (for
     * "show the ledger" and code lens, without waiting for a flush). On a ledger that cannot be read,
     * only this writer's sessions.
     */
    public Ledger current() {
        LedgerFile.Read r = store.read();
        Ledger base = r.ok() ? r.ledger() : Ledger.empty();
        return base.withSessions(sessions());
    }

    /**
     * A draft's active editing time as it stands, in milliseconds: its sessions in the ledger on disk (a
     * cached read) with this writer's unwritten sessions merged in, as {@link DraftRecord#editedMs}
     * counts them. Cheap enough for every check: unlike {@link #current} it neither re-reads an unchanged
     * file nor counts words. On a ledger that cannot be read, only this writer's sessions.
     */
    public long editedMs(Path draft) {
        String key = keyOf(draft);
        if (key == null) {
            return 0;
        }
        Map<String, Session> byId = new LinkedHashMap<>();
        LedgerFile.Read r = LedgerFile.readCached(store.file());
        if (r.ok() && r.ledger() != null && r.ledger().draft(key) != null) {
            r.ledger().draft(key).sessions().forEach(s -> byId.put(s.id(), s));
        }
        synchronized (this) {
            Tracked t = drafts.get(key);
            if (t != null) {
                t.sessions.forEach(o -> byId.put(o.id, o.timed(writer)));
            }
        }
        return byId.isEmpty() ? 0 : new DraftRecord(new ArrayList<>(byId.values())).editedMs();
    }

    /** Writes when something changed and the flush interval has passed since the last write. */
    public FlushResult flushIfDue() {
        synchronized (this) {
            if (!dirty || lastFlush != null && Duration.between(lastFlush, clock.instant()).compareTo(flushInterval) < 0) {
                return new FlushResult(false, null);
            }
        }
        return flush();
    }

    /** Writes this writer's sessions into the ledger now (when anything changed since the last write). */
    public FlushResult flush() {
        Map<String, List<Session>> mine;
        synchronized (this) {
            if (!dirty) {
                return new FlushResult(false, null);
            }
            mine = sessions();
            dirty = false;
            lastFlush = clock.instant();
        }
        try {
            LedgerStore.Outcome o = store.merge(mine);
            if (!o.written()) {
                markDirty();
            }
            return new FlushResult(o.written(), o.problem());
        } catch (IOException | RuntimeException e) {
            markDirty(); // nothing is lost: the sessions stay in memory for the next flush
            return new FlushResult(false, new LedgerProblem(LedgerProblem.Kind.IO, store.file(),
                    "cannot write the ledger: " + e.getMessage(), null));
        }
    }

    private synchronized void markDirty() {
        dirty = true;
    }

    /** "host:pid", for people reading the ledger (session ids, not this, keep writers apart). */
    static String defaultWriter() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        if (host == null || host.isBlank()) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
