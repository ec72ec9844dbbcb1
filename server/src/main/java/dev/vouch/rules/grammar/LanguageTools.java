package dev.vouch.rules.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * LanguageTool instances, built lazily and lent to one thread at a time.
 *
 * <p>A {@link JLanguageTool} is not thread-safe, so each check borrows one from the pool for its
 * (language, enabled rules) key and gives it back; a thread that finds none idle builds its own, so there
 * are at most as many instances per key as threads that checked at once. The first instance of a language
 * costs seconds (LanguageTool loads its dictionaries, taggers and rule files into static caches); later
 * ones share those caches and cost tens of milliseconds and a few megabytes. Building is serialised, so
 * two threads never race through LanguageTool's static initialisation.
 *
 * <p>Nothing here touches the network: remote rules and premium rules are activated only by explicit
 * calls (with a server configuration) that Vouch never makes, and no n-gram or word2vec data is loaded.
 *
 * <p>{@link #warmUp()} builds and exercises an instance on a background thread, so that the language
 * server can pay the start-up cost while the writer reads their first diagnostics.
 */
public final class LanguageTools {
    private static final Logger LOG = Logger.getLogger(LanguageTools.class.getName());
    private static final Object BUILD_LOCK = new Object();
    private static final Map<Key, Deque<JLanguageTool>> IDLE = new ConcurrentHashMap<>();
    private static final String WARM_UP_TEXT = "This sentence are checked once so that LanguageTool loads its "
            + "dictionaries and rules before the first draft arrives.";

    private LanguageTools() {}

    /** What an instance is configured with: its language and the LanguageTool rules turned on beyond the defaults. */
    record Key(String language, Set<String> enabled) {
        Key {
            enabled = Set.copyOf(new TreeSet<>(enabled));
        }
    }

    /**
     * Builds and exercises an instance for the default language (en-US) on a daemon thread, once; returns
     * at once. Later checks find the instance ready. Safe to call any number of times, from any thread.
     */
    public static CompletableFuture<Void> warmUp() {
        return warmUp(GrammarOptions.DEFAULT_LANGUAGE);
    }

    /** {@link #warmUp()} for one language code ({@code en-GB}, …). */
    public static CompletableFuture<Void> warmUp(String language) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        String code = GrammarOptions.languageCode(language);
        if (code == null) {
            done.complete(null); // not English: the grammar rules will not run
            return done;
        }
        Thread t = new Thread(() -> {
            try {
                withInstance(new Key(code, Set.of()),
                        lt -> {
                            try {
                                return lt.check(WARM_UP_TEXT);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
                done.complete(null);
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "LanguageTool warm-up failed", e);
                done.completeExceptionally(e);
            }
        }, "vouch-languagetool-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return done;
    }

    /** Runs {@code work} with an instance no other thread uses meanwhile. */
    static <T> T withInstance(Key key, Function<JLanguageTool, T> work) {
        Deque<JLanguageTool> idle = IDLE.computeIfAbsent(key, k -> new ArrayDeque<>());
        JLanguageTool lt;
        synchronized (idle) {
            lt = idle.pollFirst();
        }
        if (lt == null) {
            lt = build(key);
        }
        try {
            return work.apply(lt);
        } finally {
            lt.setCheckCancelledCallback(null);
            synchronized (idle) {
                idle.addFirst(lt);
            }
        }
    }

    /** How many instances exist, idle, per key (for tests and benchmarks). */
    static int idleInstances(Key key) {
        Deque<JLanguageTool> idle = IDLE.get(key);
        if (idle == null) {
            return 0;
        }
        synchronized (idle) {
            return idle.size();
        }
    }

    private static JLanguageTool build(Key key) {
        synchronized (BUILD_LOCK) {
            Language language = Languages.getLanguageForShortCode(key.language());
            JLanguageTool lt = new JLanguageTool(language);
            List<String> off = EssayDefaults.disabledFor(key.enabled());
            lt.disableRules(off);
            for (String id : key.enabled()) {
                lt.enableRule(id);
            }
            return lt;
        }
    }
}
