package dev.vouch.lsp;

import dev.vouch.config.ResolvedConfig;
import dev.vouch.config.Settings;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.LedgerRows;
import dev.vouch.engine.Linter;
import dev.vouch.rule.CoreOptions;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rules.grammar.LanguageTools;
import dev.vouch.rule.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CancellationException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The check pipeline of the open drafts. After an edit, and a quiet time ({@code debounce}), the FAST
 * stage runs and its findings are delivered at once, with grammar findings of unchanged blocks carried
 * over; then the SLOW stage (grammar) runs on its own thread and the complete findings follow. A newer
 * edit makes older work stale: a pending FAST check is dropped, a running SLOW check is interrupted,
 * and results of an older generation are never delivered.
 *
 * <p>Requests (hover, code actions, code lens, pull diagnostics) take {@link #view}: the current
 * generation's FAST findings, computed on the spot if the debounced check has not run yet (FAST takes
 * milliseconds), with whatever grammar findings exist. They never wait for the SLOW stage.
 */
final class DraftChecks {
    private static final Logger LOG = Logger.getLogger(DraftChecks.class.getName());

    /** Where results go: diagnostics, status, code lens refresh; {@code then} runs once it is sent. */
    interface Delivery {
        void deliver(View v, Runnable then);
    }

    private final Linter linter;
    private final ScheduledExecutorService fastExec;
    private final ExecutorService slowExec;
    private final Duration debounce;
    private final Supplier<EditorSettings> settings;
    private final Supplier<Path> fallbackFolder;
    private final AtomicLong configEpoch = new AtomicLong();
    private final boolean hasSlowRules;
    private final CompletableFuture<Void> settingsReady;
    private volatile Delivery delivery = (v, then) -> then.run();
    private final Map<String, CompletableFuture<Void>> warmedUp = new ConcurrentHashMap<>();
    private final EditingListener ledger;

    DraftChecks(Linter linter, ScheduledExecutorService fastExec, ExecutorService slowExec, Duration debounce,
                Supplier<EditorSettings> settings, Supplier<Path> fallbackFolder,
                CompletableFuture<Void> settingsReady, EditingListener ledger) {
        this.ledger = ledger;
        this.settingsReady = settingsReady;
        this.linter = linter;
        this.fastExec = fastExec;
        this.slowExec = slowExec;
        this.debounce = debounce;
        this.settings = settings;
        this.fallbackFolder = fallbackFolder;
        this.hasSlowRules = linter.registry().all().stream().anyMatch(r -> r.stage() == Stage.SLOW);
    }

    void setDelivery(Delivery d) {
        this.delivery = d;
    }

    /** The configuration changed: every result is stale, and grammar findings no longer carry over. */
    long newConfigEpoch() {
        return configEpoch.incrementAndGet();
    }

    /** Schedules a check of {@code doc} after the debounce (replacing one that is pending). */
    void schedule(TrackedDocument doc) {
        schedule(doc, debounce);
    }

    void schedule(TrackedDocument doc, Duration delay) {
        long gen = doc.generation();
        synchronized (doc) {
            if (doc.pendingFast != null) {
                doc.pendingFast.cancel(false);
            }
            try {
                doc.pendingFast = fastExec.schedule(() -> runFast(doc, gen), delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // shutting down
            }
        }
    }

    /** Stops every piece of work for a closed document. */
    void forget(TrackedDocument doc) {
        synchronized (doc) {
            if (doc.pendingFast != null) {
                doc.pendingFast.cancel(false);
            }
            if (doc.runningSlow != null) {
                doc.runningSlow.cancel(true);
            }
            doc.fast = null;
            doc.slow = null;
            doc.published = null;
        }
    }

    /**
     * LanguageTool for a language, loaded (once per language) on the grammar package's own warm-up
     * thread. The SLOW thread waits for it before its first check in that language: LanguageTool fills
     * static caches while it builds its first instance, and an interrupt then (a stale check being
     * cancelled) would leave its classes unusable for the life of the process. Once built, checks are
     * cancelled by interrupting them, as the grammar rules expect.
     */
    CompletableFuture<Void> grammarReady(String language) {
        String key = language == null ? CoreOptions.LANGUAGE.defaultValue() : language;
        return warmedUp.computeIfAbsent(key, LanguageTools::warmUp);
    }

    /** Whether there is a grammar stage to warm up (there are SLOW rules and grammar is on). */
    boolean needsWarmUp() {
        return hasSlowRules && settings.get().grammarEnabled;
    }

    /** Starts loading the grammar checker for the workspace's language; {@code whenDone} runs once it is ready. */
    boolean warmUp(String language, Runnable whenDone) {
        if (!needsWarmUp()) {
            return false;
        }
        long t0 = System.nanoTime();
        grammarReady(language).whenComplete((v, e) -> {
            LOG.fine(() -> "grammar warm-up took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            whenDone.run();
        });
        return true;
    }

    private void runFast(TrackedDocument doc, long gen) {
        try {
            if (doc.isClosed() || doc.generation() != gen) {
                return;
            }
            awaitSettings();
            if (doc.isClosed() || doc.generation() != gen) {
                return;
            }
            Results.Fast fast = fast(doc);
            if (fast == null || fast.generation() != gen) {
                return;
            }
            View v = merge(doc, fast, doc.slow);
            // The grammar check starts once the fast findings are on their way, so that on two cores it
            // does not compete with sending them.
            delivery.deliver(v, v.grammarDone() ? () -> { } : () -> scheduleSlow(doc, fast));
        } catch (CancellationException e) {
            // a newer edit arrived
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "checking " + doc.uri + " failed", e);
        }
    }

    /**
     * The first check after start waits (briefly) for the editor's settings, so that a draft is not shown
     * with the defaults' findings and then, a moment later, with its own.
     */
    private void awaitSettings() {
        if (settingsReady.isDone()) {
            return;
        }
        try {
            settingsReady.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // check with what we have; a late answer re-checks
        }
    }

    private void scheduleSlow(TrackedDocument doc, Results.Fast fast) {
        synchronized (doc) {
            if (doc.runningSlow != null) {
                doc.runningSlow.cancel(true);
            }
            try {
                doc.runningSlow = slowExec.submit(() -> runSlow(doc, fast));
            } catch (RejectedExecutionException e) {
                // shutting down
            }
        }
    }

    private void runSlow(TrackedDocument doc, Results.Fast fast) {
        try {
            if (doc.isClosed() || doc.generation() != fast.generation()) {
                return;
            }
            try {
                grammarReady(fast.config().option(CoreOptions.LANGUAGE, null)).get();
            } catch (ExecutionException e) {
                // LanguageTool could not load: the grammar rules report that themselves
            }
            if (doc.isClosed() || doc.generation() != fast.generation()) {
                return;
            }
            long t0 = System.nanoTime();
            long c0 = Results.cpuNow();
            CheckResult r = linter.checker().check(fast.draft(), fast.config(), EnumSet.of(Stage.SLOW));
            Results.Slow slow = new Results.Slow(fast.generation(), fast.configEpoch(), fast.draft(), r,
                    System.nanoTime() - t0, c0 < 0 ? -1 : Results.cpuNow() - c0);
            synchronized (doc) {
                Results.Slow had = doc.slow;
                if (had == null || had.generation() <= slow.generation()) {
                    doc.slow = slow; // kept even when stale: its unchanged blocks still carry over
                }
            }
            if (doc.generation() != fast.generation() || doc.isClosed()) {
                return;
            }
            Results.Fast current = doc.fast;
            if (current != null && current.generation() == fast.generation()) {
                delivery.deliver(merge(doc, current, slow), () -> { });
            }
        } catch (CancellationException e) {
            // stale
        } catch (InterruptedException e) {
            // stale, while waiting for LanguageTool to load
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "grammar check of " + doc.uri + " failed", e);
        } finally {
            if (Thread.interrupted()) {
                LOG.finest("grammar check of " + doc.uri + " interrupted");
            }
        }
    }

    /**
     * The current view of a draft for a request: FAST computed now if need be, grammar as far as it has
     * got. Never waits for the SLOW stage.
     */
    View view(TrackedDocument doc) {
        Results.Fast fast = fast(doc);
        return merge(doc, fast, doc.slow);
    }

    /** The FAST result of the document's current generation, computing it at most once. */
    Results.Fast fast(TrackedDocument doc) {
        TrackedDocument.Snapshot s = doc.snapshot();
        Results.Fast f = doc.fast;
        if (f != null && f.generation() == s.generation()) {
            return f;
        }
        synchronized (doc.fastLock) {
            f = doc.fast;
            if (f != null && f.generation() == s.generation()) {
                return f;
            }
            f = computeFast(doc, s);
            synchronized (doc) {
                Results.Fast had = doc.fast;
                if (had == null || had.generation() < f.generation()) {
                    doc.fast = f;
                }
            }
            return f;
        }
    }

    private Results.Fast computeFast(TrackedDocument doc, TrackedDocument.Snapshot s) {
        EditorSettings es = settings.get();
        long epoch = configEpoch.get();
        long t0 = System.nanoTime();
        long c0 = Results.cpuNow();
        Draft draft = DraftParser.parse(doc.path, s.text());
        Settings base = doc.path != null ? linter.settingsFor(doc.path)
                : linter.configs().forDirectory(fallbackFolder.get());
        ResolvedConfig config = ResolvedConfig.forDraft(es.apply(base), draft, linter.configs());
        CheckResult r = linter.checker().check(draft, config, EnumSet.of(Stage.FAST));
        boolean grammar = es.grammarEnabled && hasSlowRules && anySlowEnabled(config);
        return new Results.Fast(s.generation(), s.version(), epoch, draft, config, r, grammar, System.nanoTime() - t0,
                c0 < 0 ? -1 : Results.cpuNow() - c0);
    }

    /** The view of a generation: the two stages' findings, with the ledger's figures as they stand now. */
    private View merge(TrackedDocument doc, Results.Fast fast, Results.Slow slow) {
        return withLiveLedger(Results.merge(doc, fast, slow, linter.registry()), fast);
    }

    /**
     * The editing-time policy's {@code ledger.*} figures (read by the rule from the ledger file, which the
     * editor writes every half minute or so) replaced with the editing listener's own, its unwritten edits
     * included, so that the code lens and {@code vouch/status} keep up with the writer. The rule's finding
     * stays as the file has it: that is what {@code vouch check} in CI will say. Waits briefly for the
     * listener to take in the document's latest event, so the figure includes the edit just checked.
     */
    private View withLiveLedger(View v, Results.Fast fast) {
        TrackedDocument doc = v.doc();
        if (doc.path == null || !LedgerRows.hasProgress(v.metrics())) {
            return v;
        }
        java.util.OptionalLong ms;
        try {
            Future<?> pending = doc.ledgerEvent;
            if (pending != null && !pending.isDone()) {
                pending.get(LEDGER_WAIT_MS, TimeUnit.MILLISECONDS);
            }
            ms = ledger.editedMs(doc.path);
        } catch (java.util.concurrent.TimeoutException | ExecutionException e) {
            ms = ledger.editedMs(doc.path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return v;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the editing listener failed on " + doc.uri, e);
            return v;
        }
        if (ms.isEmpty()) {
            return v;
        }
        Map<String, Object> metrics = new java.util.LinkedHashMap<>(v.metrics());
        metrics.putAll(LedgerRows.liveProgress(fast.draft(), fast.config(), ms.getAsLong()));
        return new View(doc, v.generation(), v.version(), v.draft(), v.findings(), metrics, v.problems(), v.errors(),
                v.grammarDone(), v.timings());
    }

    /** How long a check waits for the editing listener to take in the edit it checks. */
    private static final long LEDGER_WAIT_MS = 50;

    private boolean anySlowEnabled(ResolvedConfig config) {
        for (RuleDescriptor d : linter.registry().all()) {
            if (d.stage() == Stage.SLOW && config.isEnabled(d)) {
                return true;
            }
        }
        return false;
    }

    /** Checks a closed draft in full (for "check the workspace"), on the calling thread. */
    CheckResult checkFile(Path path, String text) {
        EditorSettings es = settings.get();
        Draft draft = DraftParser.parse(path, text);
        ResolvedConfig config = ResolvedConfig.forDraft(es.apply(linter.settingsFor(path)), draft, linter.configs());
        boolean grammar = es.grammarEnabled && hasSlowRules && anySlowEnabled(config);
        if (grammar) {
            grammarReady(config.option(CoreOptions.LANGUAGE, null)).exceptionally(e -> null).join();
        }
        return linter.checker().check(draft, config, grammar ? EnumSet.allOf(Stage.class) : EnumSet.of(Stage.FAST));
    }
}
