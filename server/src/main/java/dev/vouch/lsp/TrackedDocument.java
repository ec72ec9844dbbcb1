package dev.vouch.lsp;

import dev.vouch.config.ConfigLoader;
import dev.vouch.engine.DraftFiles;
import dev.vouch.text.LineMap;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * A document the editor has open and the server follows: a Markdown draft, or a {@code .vouch.json}
 * whose text is validated as it is typed. Holds the editor's current text and version and the check
 * results the server has for it.
 *
 * <p>{@code generation} grows with every change of the text and every change of the configuration;
 * results carry the generation they were computed for, and only results of the current generation are
 * ever delivered, so an older version's findings never replace a newer one's.
 */
final class TrackedDocument {
    enum Kind { DRAFT, CONFIG }

    final String uri;
    final Path path;
    final Kind kind;

    private String text;
    private int version;
    private long generation;
    private boolean closed;

    // Check state; written by the check threads, read by requests.
    volatile Results.Fast fast;
    volatile Results.Slow slow;
    View published;
    Future<?> pendingFast;
    Future<?> runningSlow;
    String lastLenses;
    /** Pull mode: the result id the editor last pulled (a refresh is asked for only when it is stale). */
    volatile String lastPulled;
    final Object fastLock = new Object();
    /** The generation whose FAST check ran past the budget (requests then use the last result), or -1. */
    volatile long abandonedGeneration = -1;
    /** Stages ("check", "grammar") whose abandonment the writer has been shown, until one completes in time. */
    final Set<String> abandonShown = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The editing listener's handling of this document's latest event (the ledger figures wait briefly for it). */
    volatile Future<?> ledgerEvent;
    final Set<String> loggedErrors = new HashSet<>();

    TrackedDocument(String uri, Path path, Kind kind, String text, int version) {
        this.uri = uri;
        this.path = path;
        this.kind = kind;
        this.text = text;
        this.version = version;
    }

    /** The kind of document {@code uri} (with the editor's language id) is, or null when Vouch ignores it. */
    static Kind kindOf(String uri, String languageId) {
        String name = fileName(uri);
        if (name.equals(ConfigLoader.FILE_NAME)) {
            return Kind.CONFIG;
        }
        if ("markdown".equalsIgnoreCase(languageId)) {
            return Kind.DRAFT;
        }
        try {
            return !name.isEmpty() && DraftFiles.isMarkdown(Path.of(name)) ? Kind.DRAFT : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String fileName(String uri) {
        String s = uri;
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }

    /** The file a {@code file:} URI names, or null for other schemes and malformed URIs. */
    static Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) {
                return null;
            }
            return Path.of(u).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    record Snapshot(long generation, int version, String text) {}

    synchronized Snapshot snapshot() {
        return new Snapshot(generation, version, text);
    }

    synchronized String text() {
        return text;
    }

    synchronized int version() {
        return version;
    }

    synchronized long generation() {
        return generation;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized void close() {
        closed = true;
        generation++;
    }

    /** A configuration change makes every result stale without changing the text. */
    synchronized long invalidate() {
        return ++generation;
    }

    /** Applies the editor's changes in order (ranges refer to the text as each change left it). */
    synchronized long change(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String t = text;
        for (TextDocumentContentChangeEvent c : changes) {
            t = apply(t, c);
        }
        text = t;
        version = newVersion;
        return ++generation;
    }

    /** One change; out-of-range positions are clamped into the text, as LSP asks. */
    static String apply(String text, TextDocumentContentChangeEvent c) {
        String insert = c.getText() == null ? "" : c.getText();
        if (c.getRange() == null) {
            return insert;
        }
        LineMap lines = new LineMap(text);
        int start = lines.offset(c.getRange().getStart().getLine(), c.getRange().getStart().getCharacter(), text);
        int end = lines.offset(c.getRange().getEnd().getLine(), c.getRange().getEnd().getCharacter(), text);
        if (end < start) {
            int t = start;
            start = end;
            end = t;
        }
        return text.substring(0, start) + insert + text.substring(end);
    }
}
