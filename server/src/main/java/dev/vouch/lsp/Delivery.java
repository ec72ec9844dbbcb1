package dev.vouch.lsp;

import dev.vouch.config.ConfigProblem;
import dev.vouch.config.Settings;
import dev.vouch.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * Everything the server sends about results, on one thread and in order: diagnostics (pushed, or a
 * refresh request in pull mode), {@code vouch/status}, code lens refreshes, diagnostics on broken
 * configuration files, and a log line for each rule that failed on a document.
 */
final class Delivery {
    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

    private final VouchLanguageServer server;
    /** Configuration files we have published diagnostics for, with what we published. */
    private final Map<String, List<String>> configPublished = new HashMap<>();
    /** URIs of closed drafts whose diagnostics "check the workspace" pushed. */
    final Set<String> workspacePushed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refreshPending = new AtomicBoolean();

    Delivery(VouchLanguageServer server) {
        this.server = server;
    }

    void deliver(View v, Runnable then) {
        run(() -> {
            try {
                deliverNow(v);
            } finally {
                then.run();
            }
        });
    }

    private void run(Runnable r) {
        try {
            server.deliveryExec.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "delivering results failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void deliverNow(View v) {
        TrackedDocument d = v.doc();
        synchronized (d) {
            if (d.isClosed() || v.generation() != d.generation() || !v.supersedes(d.published)) {
                return;
            }
            d.published = v;
        }
        if (server.pullMode) {
            if (!v.resultId().equals(d.lastPulled)) {
                requestRefresh();
            }
        } else {
            server.client.publishDiagnostics(new PublishDiagnosticsParams(d.uri, diagnostics(v), v.version()));
        }
        server.client.status(Figures.status(v));
        String lenses = Figures.lenses(v).toString();
        if (server.features.codeLensRefresh() && !lenses.equals(d.lastLenses)) {
            d.lastLenses = lenses;
            server.client.refreshCodeLenses();
        }
        for (String e : v.errors()) {
            if (d.loggedErrors.size() < 100 && d.loggedErrors.add(e)) {
                server.client.logMessage(new MessageParams(MessageType.Error, "vouch: " + d.uri + ": " + e));
            }
        }
        publishConfigFiles();
    }

    /** Asks a pull-mode editor to pull again (coalesced: one request for a burst of results). */
    private void requestRefresh() {
        if (refreshPending.compareAndSet(false, true)) {
            try {
                server.timerExec.schedule(() -> {
                    refreshPending.set(false);
                    server.client.refreshDiagnostics();
                }, 20, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                refreshPending.set(false);
            }
        }
    }

    /**
     * At most this many findings are published per draft, the most severe first. No real draft comes near
     * it; a 5 MB one had 173,000 findings, and converting them all for one message ran the server out of a
     * 512 MB heap, so the editor got nothing at all.
     */
    static final int MAX_DIAGNOSTICS = 5_000;
    /** The {@code code} of the diagnostic that says the list was cut short. */
    static final String TRUNCATED_CODE = "truncated";

    /** The {@code code} of the diagnostic that says a check of the draft was abandoned (--timeout). */
    static final String ABANDONED_CODE = "check-abandoned";

    /** The one diagnostic of a draft whose check was abandoned before it had any result to show. */
    static Diagnostic abandonedNotice(String message) {
        return new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)), message,
                DiagnosticSeverity.Warning, Convert.SOURCE, ABANDONED_CODE);
    }

    /**
     * A FAST check of {@code d} was abandoned: when the editor has nothing from Vouch for it yet, the
     * notice is its diagnostic, so that the Problems panel says why it is empty (a pull editor gets the
     * same from its next pull). Earlier findings, when there are some, are left as they are.
     */
    void abandoned(TrackedDocument d, String message) {
        run(() -> {
            TrackedDocument.Snapshot s = d.snapshot();
            synchronized (d) {
                if (d.isClosed() || d.published != null || d.abandonedGeneration != s.generation()) {
                    return;
                }
            }
            if (server.pullMode) {
                requestRefresh();
            } else {
                server.client.publishDiagnostics(new PublishDiagnosticsParams(d.uri, List.of(abandonedNotice(message)),
                        s.version()));
            }
        });
    }

    /** The diagnostics of a view: its findings (at most {@link #MAX_DIAGNOSTICS}), and its configuration problems. */
    List<Diagnostic> diagnostics(View v) {
        List<Finding> shown = v.findings();
        if (shown.size() > MAX_DIAGNOSTICS) {
            List<Finding> bySeverity = new ArrayList<>(shown);
            bySeverity.sort(java.util.Comparator.comparingInt((Finding f) -> f.severity() == null ? 1
                    : f.severity().ordinal()).thenComparing(dev.vouch.engine.Checker.ORDER));
            shown = new ArrayList<>(bySeverity.subList(0, MAX_DIAGNOSTICS));
            shown.sort(dev.vouch.engine.Checker.ORDER);
        }
        List<Diagnostic> out = new ArrayList<>(shown.size() + 2);
        for (Finding f : shown) {
            out.add(Convert.diagnostic(v.doc().uri, v.version(), v.lines(), f, server.ruleDocs));
        }
        if (shown.size() < v.findings().size()) {
            out.add(new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)), String.format(java.util.Locale.ROOT,
                    "Vouch shows %,d of the %,d findings in this draft, the most severe first; vouch check lists them all.",
                    shown.size(), v.findings().size()), DiagnosticSeverity.Information, Convert.SOURCE, TRUNCATED_CODE));
        }
        out.addAll(problemDiagnostics(v));
        return out;
    }

    /**
     * Front matter problems where they are; problems in configuration files as one diagnostic at the top
     * of the draft that links to each (the file itself gets its own diagnostics as well).
     */
    private List<Diagnostic> problemDiagnostics(View v) {
        List<Diagnostic> out = new ArrayList<>();
        List<ConfigProblem> elsewhere = new ArrayList<>();
        Path self = v.doc().path;
        for (ConfigProblem p : v.problems()) {
            if (p.file() != null && self != null && p.file().toAbsolutePath().normalize().equals(self)) {
                out.add(Convert.configDiagnostic(p, v.text()));
            } else {
                elsewhere.add(p);
            }
        }
        if (!elsewhere.isEmpty()) {
            ConfigProblem first = elsewhere.get(0);
            String where = first.file() == null ? "" : first.file().getFileName() + ":" + first.line() + ":"
                    + first.column() + ": ";
            String msg = "The configuration for this draft has " + (elsewhere.size() == 1 ? "a problem"
                    : elsewhere.size() + " problems") + ": " + where + first.message()
                    + (elsewhere.size() > 1 ? " (and " + (elsewhere.size() - 1) + " more)" : "")
                    + ". The rest of the configuration applies.";
            Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)), msg,
                    DiagnosticSeverity.Warning, Convert.SOURCE, Convert.CONFIG_CODE);
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (ConfigProblem p : elsewhere) {
                if (p.file() != null) {
                    Position at = new Position(Math.max(0, p.line() - 1), Math.max(0, p.column() - 1));
                    related.add(new DiagnosticRelatedInformation(
                            new Location(p.file().toUri().toString(), new Range(at, at)), p.message()));
                }
            }
            if (!related.isEmpty()) {
                d.setRelatedInformation(related);
            }
            out.add(d);
        }
        return out;
    }

    /**
     * A configuration file was opened in the editor: from now on its diagnostics are those of the text as
     * typed ({@link #validateConfig}, or the editor's pull), so the saved file's problems pushed for it while it
     * was closed are withdrawn. They come back when it is closed ({@link #cleared}), if the file on disk
     * still has them.
     */
    void configOpened(TrackedDocument doc) {
        run(() -> {
            for (String uri : List.copyOf(configPublished.keySet())) {
                if (uri.equals(doc.uri) || doc.path != null && doc.path.equals(TrackedDocument.pathOf(uri))) {
                    configPublished.remove(uri);
                    server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
                }
            }
        });
    }

    /**
     * Whether the file a URI names is open in the editor, compared by path: an editor may spell the URI of a
     * file differently from Java ({@code %40} for {@code @}, say).
     */
    private boolean isOpen(String uri) {
        if (server.documents.containsKey(uri)) {
            return true;
        }
        Path p = TrackedDocument.pathOf(uri);
        if (p == null) {
            return false;
        }
        for (TrackedDocument d : server.documents.values()) {
            if (p.equals(d.path)) {
                return true;
            }
        }
        return false;
    }

    /** Validates an open {@code .vouch.json} as typed (not yet saved) and publishes its problems. */
    void validateConfig(TrackedDocument doc) {
        run(() -> {
            TrackedDocument.Snapshot s = doc.snapshot();
            List<Diagnostic> diags = configDocumentDiagnostics(doc, s.text());
            synchronized (doc) {
                if (doc.isClosed() || doc.generation() != s.generation()) {
                    return;
                }
            }
            if (server.pullMode) {
                requestRefresh();
            } else {
                server.client.publishDiagnostics(new PublishDiagnosticsParams(doc.uri, diags, s.version()));
            }
        });
    }

    List<Diagnostic> configDocumentDiagnostics(TrackedDocument doc, String text) {
        Path file = doc.path;
        Settings s = server.linter.configs().fromText(text, file);
        List<Diagnostic> diags = new ArrayList<>();
        for (ConfigProblem p : s.problems()) {
            if (p.file() == null || file == null || p.file().toAbsolutePath().normalize().equals(file)) {
                diags.add(Convert.configDiagnostic(p, text));
            }
        }
        return diags;
    }

    /** Publishes again the problems of configuration files (after a configuration change). */
    void refreshConfigFiles() {
        run(this::publishConfigFiles);
    }

    /**
     * Diagnostics on the configuration files the open drafts use: each file gets the problems found in it
     * (as of the drafts' latest checks), and an empty list once they are gone. Files open in the editor are
     * validated from their live text instead.
     */
    private void publishConfigFiles() {
        Map<String, Set<ConfigProblem>> byFile = new LinkedHashMap<>();
        for (TrackedDocument d : server.documents.values()) {
            Results.Fast f = d.fast;
            if (d.kind != TrackedDocument.Kind.DRAFT || f == null) {
                continue;
            }
            for (ConfigProblem p : f.result().problems()) {
                if (p.file() == null || Objects.equals(p.file().toAbsolutePath().normalize(), d.path)) {
                    continue;
                }
                byFile.computeIfAbsent(p.file().toAbsolutePath().normalize().toUri().toString(),
                        k -> new LinkedHashSet<>()).add(p);
            }
        }
        Set<String> uris = new LinkedHashSet<>(configPublished.keySet());
        uris.addAll(byFile.keySet());
        for (String uri : uris) {
            if (isOpen(uri)) {
                continue;
            }
            Set<ConfigProblem> problems = byFile.getOrDefault(uri, Set.of());
            List<String> key = problems.stream().map(ConfigProblem::toString).toList();
            if (key.equals(configPublished.getOrDefault(uri, List.of()))) {
                continue;
            }
            String text = null;
            Path file = TrackedDocument.pathOf(uri);
            try {
                text = file == null ? null : Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // the range then starts and ends at the problem's position
            }
            List<Diagnostic> diags = new ArrayList<>();
            for (ConfigProblem p : problems) {
                diags.add(Convert.configDiagnostic(p, text));
            }
            server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, diags));
            if (key.isEmpty()) {
                configPublished.remove(uri);
            } else {
                configPublished.put(uri, key);
            }
        }
    }

    /** Clears what was pushed for a document the editor closed (pull-mode editors clear it themselves). */
    void cleared(String uri) {
        run(() -> {
            if (!server.pullMode) {
                server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
            }
            // What was published for it is gone now: a closed configuration file gets its problems on disk
            // again even when a draft's delivery recorded them between the close and this run.
            configPublished.remove(uri);
            publishConfigFiles();
        });
    }

    /** A draft was opened that "check the workspace" had pushed diagnostics for: a pull editor owns it now. */
    void opened(String uri) {
        if (server.pullMode && workspacePushed.remove(uri)) {
            run(() -> server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
        } else {
            workspacePushed.remove(uri);
        }
    }

    /** Pushes diagnostics for a draft that is not open (from "check the workspace"). */
    void pushClosed(String uri, List<Diagnostic> diags) {
        run(() -> {
            if (server.documents.containsKey(uri)) {
                return;
            }
            server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, diags));
            if (diags.isEmpty()) {
                workspacePushed.remove(uri);
            } else {
                workspacePushed.add(uri);
            }
        });
    }
}
