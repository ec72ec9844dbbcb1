package dev.vouch.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.vouch.engine.Linter;
import dev.vouch.ledger.DraftRecord;
import dev.vouch.ledger.FakeClock;
import dev.vouch.ledger.LedgerFile;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rules.policy.EditingTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editing ledger wired into the server ({@link LedgerListener}), in process, on a clock the test moves:
 * edits recorded and idle gaps not counted, the live figures in the code lens, {@code vouch/status} and
 * {@code vouch.showLedger}, the file written atomically and read back by {@code vouch ledger} and
 * {@code vouch check} as CI runs them, two servers on one workspace, a corrupt ledger, the setting.
 */
class LedgerListenerTest {
    @TempDir
    Path dir;

    private final FakeClock clock = FakeClock.at("2026-03-20T10:00:00Z");
    /** Only the rule under test: the lens and status figures are the editing-time policy's. */
    private final Linter linter = new Linter(new RuleRegistry(List.of(new EditingTime())));

    /** A draft marked AI-assisted, of 150 words whatever the tail: the policy asks for 3 minutes. */
    private static String draft(String tail) {
        return "---\nai-assisted: true\n---\n" + "word ".repeat(149) + "end" + tail + ".\n";
    }

    private Harness start(LedgerListener ledger) throws Exception {
        return Harness.builder(dir).linter(linter).listener(ledger).clock(clock).start();
    }

    private LedgerListener listener() {
        // A flush interval the test never reaches: what is on disk is only what save, close and shutdown wrote.
        return new LedgerListener(linter, clock, Duration.ofHours(1));
    }

    private void project() throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\"rules\": {\"policy.editing-time\": \"warning\"}}\n");
    }

    private static long onDisk(Path root, String key) {
        LedgerFile.Read r = LedgerFile.read(root.resolve(LedgerFile.PATH));
        assertTrue(r.ok(), String.valueOf(r.problem()));
        DraftRecord d = r.ledger().draft(key);
        return d == null ? -1 : d.editedMs();
    }

    /** Changes the draft at the clock's time plus {@code seconds}, and waits for the ledger to take it in. */
    private void edit(Harness h, LedgerListener ledger, String uri, int version, long seconds, long expectLiveMs) {
        clock.advance(Duration.ofSeconds(seconds));
        h.replaceAll(uri, version, draft("v" + version));
        Path p = TrackedDocument.pathOf(uri);
        // The server stamps an event when it reads it: wait for this version's diagnostics before the clock moves on.
        h.client.awaitLatest(uri, x -> x.getVersion() == version);
        try {
            h.client.await("the ledger to record version " + version, () -> ledger.editedMs(p).orElse(-1) == expectLiveMs);
        } catch (AssertionError e) {
            throw new AssertionError("the ledger has " + ledger.editedMs(p) + " ms, not " + expectLiveMs, e);
        }
    }

    private static List<String> lenses(Harness h, String uri) throws Exception {
        List<? extends CodeLens> lenses = h.server.getTextDocumentService()
                .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS);
        return lenses.stream().map(l -> l.getCommand().getTitle()).toList();
    }

    private static Map<?, ?> ledgerStatus(Harness h, String uri, int version) {
        Map<?, ?>[] found = new Map<?, ?>[1];
        h.client.await("status of version " + version, () -> {
            for (Map<String, Object> s : h.client.statuses) {
                if (uri.equals(s.get("uri")) && ((Number) s.get("version")).intValue() == version) {
                    found[0] = (Map<?, ?>) s.get("ledger");
                }
            }
            return found[0] != null;
        });
        return found[0];
    }

    private static List<?> showLedger(Harness h, Object... args) throws Exception {
        List<Object> a = new ArrayList<>();
        for (Object o : args) {
            a.add(new JsonPrimitive(o.toString()));
        }
        return (List<?>) h.server.getWorkspaceService()
                .executeCommand(new ExecuteCommandParams(VouchLanguageServer.SHOW_LEDGER, a)).get(30, TimeUnit.SECONDS);
    }

    private static void save(Harness h, String uri) {
        h.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    @Test
    void editsAreRecordedIdleGapsAreNotAndTheEditorShowsTheLiveFigures() throws Exception {
        project();
        LedgerListener ledger = listener();
        Path post = dir.resolve("post.md");
        try (Harness h = start(ledger)) {
            String uri = h.open("post.md", draft(""));
            edit(h, ledger, uri, 2, 0, 0);      // the first edit starts a session (and is written at once)
            edit(h, ledger, uri, 3, 20, 20_000);
            edit(h, ledger, uri, 4, 20, 40_000);
            edit(h, ledger, uri, 5, 20, 60_000);
            assertEquals(0, onDisk(dir, "post.md"), "not written yet: the flush interval has not passed");
            assertEquals("Editing ledger: 1 of 3 min edited · below the policy", lenses(h, uri).get(1),
                    "the lens shows the edits the file does not have yet");
            assertEquals(1.0, ((Number) ledgerStatus(h, uri, 5).get("editedMinutes")).doubleValue());

            edit(h, ledger, uri, 6, 300, 60_000); // five idle minutes: not counted, a new session
            edit(h, ledger, uri, 7, 20, 80_000);
            save(h, uri);
            h.client.await("the save to write the ledger", () -> onDisk(dir, "post.md") == 80_000);
            LedgerFile.Read r = LedgerFile.read(dir.resolve(LedgerFile.PATH));
            assertEquals(2, r.ledger().draft("post.md").sessionCount());

            List<?> rows = showLedger(h, uri);
            Map<?, ?> row = (Map<?, ?>) rows.get(0);
            assertEquals("post.md", row.get("path"));
            assertEquals(150, ((Number) row.get("words")).intValue());
            assertEquals(1.3, ((Number) row.get("editedMinutes")).doubleValue());
            assertEquals(3, ((Number) row.get("requiredMinutes")).intValue());
            assertEquals(Boolean.FALSE, row.get("meets"));
            assertEquals(Boolean.TRUE, row.get("applies"));
            assertEquals(rows, showLedger(h), "every draft of the workspace's ledger: this one");

            edit(h, ledger, uri, 8, 30, 110_000); // in memory only, until shutdown
        }
        assertEquals(110_000, onDisk(dir, "post.md"), "shutdown writes what was pending");
        try (Stream<Path> files = Files.list(dir.resolve(".vouch"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("ledger.json", "ledger.lock"), names, "no temporary file left behind");
        }

        // CI: vouch ledger and vouch check read the file the editor wrote.
        Cli ledgerRun = Cli.run("ledger", "--format", "json", post.toString());
        assertEquals(0, ledgerRun.exit, ledgerRun.err);
        JsonNode d = ledgerRun.json().get("drafts").get(0);
        assertEquals(1.8, d.get("editedMinutes").asDouble());
        assertEquals(3, d.get("requiredMinutes").asInt());
        assertEquals(2, d.get("sessions").asInt());
        assertTrue(d.get("changedSinceLastEdit").asBoolean(), "the last edits were never saved: " + d);
        Files.writeString(post, draft("v8")); // saved at last: the file is the text the editor recorded
        JsonNode saved = Cli.run("ledger", "--format", "json", post.toString()).json().get("drafts").get(0);
        assertFalse(saved.get("changedSinceLastEdit").asBoolean(), saved.toString());
        Cli check = Cli.run("check", "--no-grammar", "--format", "json", post.toString());
        assertTrue(check.out.contains("Edited 1 min; the editing-time policy asks for 3 min for 150 words"), check.out);
    }

    @Test
    void twoServersOnOneWorkspaceKeepEachOthersTime() throws Exception {
        project();
        LedgerListener first = listener();
        LedgerListener second = listener();
        try (Harness a = start(first); Harness b = start(second)) {
            String ua = a.open("a.md", draft(""));
            String ub = b.open("b.md", draft(""));
            edit(a, first, ua, 2, 0, 0);
            edit(a, first, ua, 3, 30, 30_000);
            edit(b, second, ub, 2, 0, 0);
            edit(b, second, ub, 3, 10, 10_000);
            save(a, ua);
            a.client.await("a's save", () -> onDisk(dir, "a.md") == 30_000);
            save(b, ub);
            b.client.await("b's save", () -> onDisk(dir, "b.md") == 10_000);
            assertEquals(30_000, onDisk(dir, "a.md"), "b's write kept a's time");
            // The same draft in both windows: each window's sessions are its own; the minutes they share count once.
            String ua2 = a.open("shared.md", draft(""));
            String ub2 = b.open("shared.md", draft(""));
            edit(a, first, ua2, 2, 10, 0);
            edit(a, first, ua2, 3, 60, 60_000);
            edit(b, second, ub2, 2, 10, 0);
            edit(b, second, ub2, 3, 30, 30_000);
        }
        assertEquals(30_000, onDisk(dir, "a.md"));
        assertEquals(10_000, onDisk(dir, "b.md"));
        assertEquals(90_000, onDisk(dir, "shared.md"), "both windows' sessions kept, one after the other");
        LedgerFile.Read r = LedgerFile.read(dir.resolve(LedgerFile.PATH));
        assertEquals(2, r.ledger().draft("shared.md").sessionCount());
    }

    @Test
    void aCorruptLedgerIsKeptAsABackupAndTheWriterIsToldOnce() throws Exception {
        project();
        Files.createDirectories(dir.resolve(".vouch"));
        Files.writeString(dir.resolve(LedgerFile.PATH), "<<<<<<< HEAD\n{\"version\": 1}\n");
        LedgerListener ledger = listener();
        try (Harness h = start(ledger)) {
            String uri = h.open("post.md", draft(""));
            edit(h, ledger, uri, 2, 0, 0);
            save(h, uri);
            edit(h, ledger, uri, 3, 10, 10_000);
            save(h, uri);
            h.client.await("the restarted ledger", () -> onDisk(dir, "post.md") == 10_000);
            List<MessageParams> told = h.client.shown.stream()
                    .filter(m -> m.getMessage().contains("ledger.json.broken-")).toList();
            assertEquals(1, told.size(), h.client.shown.toString());
            assertTrue(told.get(0).getMessage().startsWith("Vouch: the editing ledger "), told.get(0).getMessage());
        }
        try (Stream<Path> files = Files.list(dir.resolve(".vouch"))) {
            Path backup = files.filter(p -> p.getFileName().toString().startsWith("ledger.json.broken-"))
                    .findFirst().orElseThrow();
            assertTrue(Files.readString(backup).startsWith("<<<<<<< HEAD"), "the unreadable ledger is kept as it was");
        }
    }

    /**
     * Issue 8: the ledger file deleted, then corrupted, while a draft is open. The server goes on serving
     * and recording; the writer is told what happened to the file.
     */
    @Test
    void theLedgerDeletedOrCorruptedWhileADraftIsOpen() throws Exception {
        project();
        LedgerListener ledger = listener();
        Path file = dir.resolve(LedgerFile.PATH);
        try (Harness h = start(ledger)) {
            String uri = h.open("post.md", draft(""));
            edit(h, ledger, uri, 2, 0, 0);
            edit(h, ledger, uri, 3, 10, 10_000);
            save(h, uri);
            h.client.await("the first write", () -> Files.exists(file) && onDisk(dir, "post.md") == 10_000);

            Files.delete(file);
            edit(h, ledger, uri, 4, 10, 20_000);
            save(h, uri);
            // Written again, with every second this editor recorded, and the writer is told.
            h.client.await("the ledger written again", () -> Files.exists(file) && onDisk(dir, "post.md") == 20_000);
            h.client.await("a message about the deleted ledger", () -> h.client.shown.stream().anyMatch(m ->
                    m.getMessage().contains("the ledger was gone (deleted or moved) since Vouch last wrote it")));

            Files.writeString(file, "{\"version\": 1, \"drafts\": {\"post.md\": tru");
            edit(h, ledger, uri, 5, 10, 30_000);
            save(h, uri);
            h.client.await("the ledger restarted after the corruption", () -> {
                LedgerFile.Read r = LedgerFile.read(file);
                return r.ok() && r.ledger().draft("post.md") != null && r.ledger().draft("post.md").editedMs() == 30_000;
            });
            h.client.await("a message about the corrupt ledger", () -> h.client.shown.stream().anyMatch(m ->
                    m.getMessage().contains("it is not valid JSON") && m.getMessage().contains("ledger.json.broken-")));
            try (Stream<Path> files = Files.list(dir.resolve(".vouch"))) {
                Path backup = files.filter(f -> f.getFileName().toString().startsWith("ledger.json.broken-"))
                        .findFirst().orElseThrow();
                assertTrue(Files.readString(backup).endsWith("tru"), "the corrupt file is kept as it was");
            }
            // Still serving: the next edit is checked.
            h.replaceAll(uri, 6, draft("v6"));
            h.client.awaitLatest(uri, x -> x.getVersion() == 6);
        }
    }

    @Test
    void theSettingOffEndsTheSessionsAndRecordsNothingMore() throws Exception {
        project();
        LedgerListener ledger = listener();
        try (Harness h = start(ledger)) {
            String uri = h.open("post.md", draft(""));
            edit(h, ledger, uri, 2, 0, 0);
            edit(h, ledger, uri, 3, 30, 30_000);
            JsonObject off = JsonParser.parseString("{\"vouch\": {\"ledger\": {\"enabled\": false}}}").getAsJsonObject();
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(off));
            h.client.await("the session to end and be written", () -> onDisk(dir, "post.md") == 30_000);
            clock.advance(Duration.ofSeconds(10));
            h.replaceAll(uri, 4, draft("x"));
            h.client.awaitLatest(uri, x -> x.getVersion() == 4);
            assertEquals(30_000, ledger.editedMs(TrackedDocument.pathOf(uri)).orElse(-1), "nothing recorded while off");
        }
        assertEquals(30_000, onDisk(dir, "post.md"));
    }

    @Test
    void aStrayFileOutsideEveryProjectLeavesNoLedgerBehind() throws Exception {
        Path elsewhere = Files.createTempDirectory("vouch-stray");
        try {
            LedgerListener ledger = listener();
            Path workspace = Files.createDirectories(dir.resolve("workspace"));
            try (Harness h = Harness.builder(workspace).linter(linter).listener(ledger).clock(clock).start()) {
                Path stray = elsewhere.resolve("notes.md");
                Files.writeString(stray, "Notes.\n");
                String uri = stray.toUri().toString();
                h.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
                        new org.eclipse.lsp4j.TextDocumentItem(uri, "markdown", 1, "Notes.\n")));
                clock.advance(Duration.ofSeconds(5));
                h.replaceAll(uri, 2, "Notes, edited.\n");
                h.client.awaitLatest(uri, x -> x.getVersion() == 2);
                assertTrue(ledger.editedMs(stray).isEmpty());
            }
            assertFalse(Files.exists(elsewhere.resolve(".vouch")), "no .vouch/ beside a file outside the workspace");
        } finally {
            try (Stream<Path> s = Files.walk(elsewhere)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The CLI, in process, as CI would run it. */
    private record Cli(int exit, String out, String err) {
        static Cli run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = dev.vouch.cli.Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Cli(code, out.toString(), err.toString());
        }

        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }
}
