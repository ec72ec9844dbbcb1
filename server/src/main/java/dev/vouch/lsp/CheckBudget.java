package dev.vouch.lsp;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The language server's equivalent of {@code vouch check --timeout}: a check that runs longer than the
 * budget is interrupted (the engine stops between rules, LanguageTool between sentences) and reported.
 * Pathological drafts (10,000 nested lists, megabytes of text) must not keep the check threads busy
 * indefinitely, and the writer must be told why a draft's diagnostics stopped coming.
 */
final class CheckBudget {
    /** A check ran past the budget and was abandoned; a kind of cancellation, so existing handlers stop it. */
    static final class Abandoned extends CancellationException {
        private static final long serialVersionUID = 1L;

        Abandoned(Duration budget) {
            super("abandoned after " + describe(budget) + " (--timeout)");
        }
    }

    private final Duration budget;
    private final ScheduledExecutorService timer;

    /** {@code budget} null or zero: no limit. */
    CheckBudget(Duration budget, ScheduledExecutorService timer) {
        this.budget = budget == null || budget.isZero() || budget.isNegative() ? null : budget;
        this.timer = timer;
    }

    Duration budget() {
        return budget;
    }

    /** How the writer is told: "60 s" (or "250 ms" for the short budgets of tests). */
    String describe() {
        return describe(budget);
    }

    static String describe(Duration d) {
        if (d == null) {
            return "no";
        }
        return d.toMillis() < 1_000 || d.toMillis() % 1_000 != 0 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    /** Starts watching a check on the calling thread. */
    Watch start() {
        return new Watch();
    }

    /** One check being watched; close it when the check ends, however it ends. */
    final class Watch implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        private final ScheduledFuture<?> alarm;
        private boolean done;
        private boolean abandoned;

        private Watch() {
            ScheduledFuture<?> a = null;
            if (budget != null) {
                try {
                    a = timer.schedule(this::expire, budget.toNanos(), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    // shutting down: nothing to watch
                }
            }
            alarm = a;
        }

        private synchronized void expire() {
            if (!done) {
                abandoned = true;
                thread.interrupt();
            }
        }

        /** Whether the budget ran out before the check ended. */
        synchronized boolean abandoned() {
            return abandoned;
        }

        /**
         * Turns a cancellation caused by the budget into {@link Abandoned}; other exceptions pass as they
         * are. Call from the catch block of the check.
         */
        RuntimeException explain(CancellationException e) {
            return abandoned() && !(e instanceof Abandoned) ? new Abandoned(budget) : e;
        }

        @Override
        public void close() {
            boolean interruptedByUs;
            synchronized (this) {
                done = true;
                interruptedByUs = abandoned;
            }
            if (alarm != null) {
                alarm.cancel(false);
            }
            if (interruptedByUs) {
                Thread.interrupted(); // our interrupt, not a newer edit's: the thread goes on to other work
            }
        }
    }
}
