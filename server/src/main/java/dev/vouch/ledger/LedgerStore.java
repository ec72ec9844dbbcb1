package dev.vouch.ledger;

import dev.vouch.util.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads and writes one workspace's {@code .vouch/ledger.json} so that several writers (editor windows,
 * each its own process) never lose each other's sessions: every write holds an exclusive lock on
 * {@code .vouch/ledger.lock} (an OS file lock between processes, a {@link ReentrantLock} between threads
 * of one process, since the JVM refuses two locks on one file), re-reads the ledger, adds the writer's
 * sessions to what is there, and replaces the file atomically ({@link AtomicFiles}: temporary file,
 * flush, rename). A crash at any point leaves the previous ledger intact.
 *
 * <p>A ledger that cannot be read (not JSON, a merge conflict, edited by hand) is never silently
 * replaced: it is copied to {@code ledger.json.broken-<time>} beside it, the problem is returned, and a
 * new ledger is started with a note of the restart. A ledger from a newer Vouch is left untouched.
 */
public final class LedgerStore {
    /** Writes the new file's bytes (atomically, in production; tests inject a crash). */
    @FunctionalInterface
    interface FileWriter {
        void write(Path target, byte[] bytes) throws IOException;
    }

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final Path file;
    private final Path lockFile;
    private final Clock clock;
    private final Duration lockTimeout;
    /** Whether this store has written the file: if it is missing afterwards, someone removed it. */
    private volatile boolean wrote;
    private final FileWriter writer;

    public LedgerStore(Path workspaceRoot, Clock clock) {
        this(workspaceRoot, clock, Duration.ofSeconds(10), AtomicFiles::write);
    }

    LedgerStore(Path workspaceRoot, Clock clock, Duration lockTimeout, FileWriter writer) {
        this.root = workspaceRoot.toAbsolutePath().normalize();
        this.file = root.resolve(LedgerFile.PATH);
        this.lockFile = file.resolveSibling("ledger.lock");
        this.clock = clock;
        this.lockTimeout = lockTimeout;
        this.writer = writer;
    }

    public Path root() {
        return root;
    }

    public Path file() {
        return file;
    }

    /** The ledger as it is on disk, without locking (readers never write). */
    public LedgerFile.Read read() {
        return LedgerFile.read(file);
    }

    /** What {@link #merge} did: the ledger now on disk, and any problem met on the way (or null). */
    public record Outcome(Ledger ledger, LedgerProblem problem, boolean written) {}

    /**
     * Adds {@code sessions} (by draft key) to the ledger on disk under the lock, replacing sessions of
     * the same id, and writes the result. Throws only for I/O failures; an unreadable ledger is backed
     * up and restarted (reported in the outcome).
     */
    public Outcome merge(Map<String, List<Session>> sessions) throws IOException {
        Files.createDirectories(file.getParent());
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        try {
            if (!local.tryLock(lockTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("the ledger is locked by another thread for over " + lockTimeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the ledger lock", e);
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = acquire(ch)) {
            LedgerFile.Read current = LedgerFile.read(file);
            LedgerProblem problem = null;
            Ledger base;
            if (current.ok()) {
                base = current.ledger();
                if (!current.exists() && wrote) {
                    problem = new LedgerProblem(LedgerProblem.Kind.MISSING, file, "the ledger was gone (deleted or "
                            + "moved) since Vouch last wrote it; written again with the sessions of this editor", null);
                }
            } else if (current.problem().kind() == LedgerProblem.Kind.NEWER_VERSION
                    || current.problem().kind() == LedgerProblem.Kind.IO) {
                return new Outcome(null, current.problem(), false);
            } else {
                Path backup = backup();
                problem = new LedgerProblem(current.problem().kind(), file, current.problem().message()
                        + "; kept it as " + backup.getFileName() + " and started a new ledger", backup);
                base = Ledger.empty().withRestart(new Ledger.Restart(clock.instant(), current.problem().message(),
                        backup.getFileName().toString()));
            }
            Ledger merged = base.withSessions(sessions);
            writer.write(file, LedgerFile.format(merged).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            wrote = true;
            return new Outcome(merged, problem, true);
        } finally {
            local.unlock();
        }
    }

    private FileLock acquire(FileChannel ch) throws IOException {
        long deadline = System.nanoTime() + lockTimeout.toNanos();
        while (true) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another store object of this process: the in-process lock should prevent it
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the ledger is locked by another process for over " + lockTimeout.toSeconds()
                        + " s (" + lockFile + ")");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the ledger lock", e);
            }
        }
    }

    /** Copies the unreadable ledger aside, never over an earlier backup. */
    private Path backup() throws IOException {
        Instant now = clock.instant();
        Path b = file.resolveSibling("ledger.json.broken-" + STAMP.format(now));
        for (int i = 2; Files.exists(b); i++) {
            b = file.resolveSibling("ledger.json.broken-" + STAMP.format(now) + "-" + i);
        }
        Files.copy(file, b, StandardCopyOption.COPY_ATTRIBUTES);
        return b;
    }
}
