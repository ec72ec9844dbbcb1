package dev.vouch.lsp;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends the server when the editor that started it is gone (initialize's {@code processId}), so a crashed
 * editor never leaves a JVM behind. Polls {@link ProcessHandle}; a process id reused by a new process is
 * told apart by its start time.
 */
final class ParentProcessWatcher {
    private final long pid;
    private final Instant started;
    private final Runnable onGone;
    private ScheduledFuture<?> task;

    private ParentProcessWatcher(long pid, Instant started, Runnable onGone) {
        this.pid = pid;
        this.started = started;
        this.onGone = onGone;
    }

    static ParentProcessWatcher start(long pid, Duration every, ScheduledExecutorService timer, Runnable onGone) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        Instant started = h.flatMap(p -> p.info().startInstant()).orElse(null);
        ParentProcessWatcher w = new ParentProcessWatcher(pid, started, onGone);
        if (h.isEmpty()) {
            timer.execute(onGone);
            return w;
        }
        w.task = timer.scheduleWithFixedDelay(w::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    private void poll() {
        if (!alive()) {
            task.cancel(false);
            onGone.run();
        }
    }

    boolean alive() {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        Instant now = h.get().info().startInstant().orElse(null);
        return started == null || now == null || started.equals(now);
    }
}
