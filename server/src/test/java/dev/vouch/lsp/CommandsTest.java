package dev.vouch.lsp;

import static dev.vouch.lsp.DiagnosticsTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** workspace/executeCommand: check the workspace, show the ledger, disable a rule; the editing listener. */
class CommandsTest {
    @TempDir
    Path dir;

    private static Object run(Harness h, String command, Object... args) throws Exception {
        List<Object> a = new ArrayList<>();
        for (Object o : args) {
            a.add(o instanceof String s ? new JsonPrimitive(s) : o instanceof Integer i ? new JsonPrimitive(i) : o);
        }
        return h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command, a))
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void checkWorkspaceReportsProgressAndPushesClosedDrafts() throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\"ignore\": [\"archive/**\"]}\n");
        Files.writeString(dir.resolve("a.md"), "A TK.\n");
        Files.createDirectories(dir.resolve("posts"));
        Files.writeString(dir.resolve("posts/b.md"), "Fine.[^x]\n");
        Files.createDirectories(dir.resolve("archive"));
        Files.writeString(dir.resolve("archive/old.md"), "Old TK.\n");
        try (Harness h = Harness.builder(dir).start()) {
            String open = h.open("c.md", "Open [citation needed].\n");
            h.client.awaitDiagnostics(open, x -> x.getVersion() == 1);
            Map<?, ?> summary = (Map<?, ?>) run(h, VouchLanguageServer.CHECK_WORKSPACE);
            assertEquals(3.0, ((Number) summary.get("files")).doubleValue(), summary.toString());
            assertEquals(1.0, ((Number) summary.get("errors")).doubleValue(), summary.toString());
            assertEquals(2.0, ((Number) summary.get("warnings")).doubleValue(), summary.toString());
            assertEquals(Boolean.FALSE, summary.get("cancelled"));
            assertEquals(1, h.client.progressCreated.stream()
                    .filter(p -> p.getToken().getLeft().startsWith("vouch-check-")).count());
            List<Object> kinds = h.client.progress.stream()
                    .filter(p -> p.getToken().getLeft().startsWith("vouch-check-"))
                    .map(p -> p.getValue().getLeft()).map(Object::getClass)
                    .map(Class::getSimpleName).map(Object.class::cast).toList();
            assertEquals("WorkDoneProgressBegin", kinds.get(0));
            assertTrue(kinds.contains("WorkDoneProgressReport"));
            assertEquals("WorkDoneProgressEnd", kinds.get(kinds.size() - 1));
            String b = dir.resolve("posts/b.md").toUri().toString();
            h.client.awaitDiagnostics(b, x -> has(x, "citations.undefined-footnote"));
            assertTrue(h.client.all(dir.resolve("archive/old.md").toUri().toString()).isEmpty(), "ignored draft checked");
        }
    }

    @Test
    void checkWorkspaceIsCancellable() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("d" + i + ".md"), "Draft " + i + " teh.\n");
        }
        TestRules.slowGate = new CountDownLatch(1);
        try (Harness h = Harness.builder(dir).start()) {
            CompletableFuture<Object> f = h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    VouchLanguageServer.CHECK_WORKSPACE, List.of()));
            h.client.await("the first progress report", () -> h.client.progress.stream()
                    .anyMatch(p -> p.getValue().getLeft() instanceof WorkDoneProgressReport));
            // (the grammar warm-up holds the SLOW thread at the gate too; it has its own progress token)
            f.cancel(true);
            TestRules.slowGate.countDown();
            h.client.await("the end of the progress", () -> h.client.progress.stream()
                    .anyMatch(p -> isCheck(p) && p.getValue().getLeft() instanceof WorkDoneProgressEnd));
            WorkDoneProgressEnd end = (WorkDoneProgressEnd) h.client.progress.stream().filter(CommandsTest::isCheck)
                    .map(p -> p.getValue().getLeft()).filter(WorkDoneProgressEnd.class::isInstance).findFirst()
                    .orElseThrow();
            assertTrue(end.getMessage().startsWith("Cancelled after 1 drafts"), end.getMessage());
            assertTrue(f.isCancelled());
        }
    }

    @Test
    void showLedgerReturnsTheListenersRowsAndTheListenerSeesEveryEdit() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch closed = new CountDownLatch(1);
        EditingListener ledger = new EditingListener() {
            @Override
            public void started(List<Path> folders, java.util.function.Consumer<String> warn) {
                events.add("started " + folders.size());
            }

            @Override
            public void opened(DraftEvent e) {
                events.add("open " + e.version() + " " + e.at() + " " + e.text().length());
            }

            @Override
            public void changed(DraftEvent e) {
                events.add("change " + e.version() + " " + e.text());
            }

            @Override
            public void closed(DraftEvent e) {
                events.add("close " + e.path().getFileName());
                closed.countDown();
            }

            @Override
            public List<LedgerRow> ledger(Path draft) {
                return List.of(new LedgerRow(draft == null ? "all" : draft.getFileName().toString(), 900, 12.5, 18, false));
            }
        };
        Clock fixed = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        try (Harness h = Harness.builder(dir).listener(ledger).clock(fixed).start()) {
            String uri = h.open("l.md", "Hello.\n");
            h.change(uri, 2, 0, 5, 0, 5, " there");
            h.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            assertTrue(closed.await(20, TimeUnit.SECONDS));
            assertEquals(List.of("started 1", "open 1 2026-12-01T10:00:00Z 7", "change 2 Hello there.\n", "close l.md"),
                    events);
            List<?> rows = (List<?>) run(h, VouchLanguageServer.SHOW_LEDGER, uri);
            Map<?, ?> row = (Map<?, ?>) rows.get(0);
            assertEquals("l.md", row.get("path"));
            assertEquals(12.5, ((Number) row.get("editedMinutes")).doubleValue());
            assertEquals(Boolean.FALSE, row.get("meets"));
        }
    }

    @Test
    void ledgerSettingOffSilencesTheListener() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        EditingListener ledger = new EditingListener() {
            @Override
            public void opened(DraftEvent e) {
                events.add("open");
            }
        };
        com.google.gson.JsonObject init = com.google.gson.JsonParser.parseString(
                "{\"ledger\": {\"enabled\": false}}").getAsJsonObject();
        try (Harness h = Harness.builder(dir).listener(ledger).initOptions(init).start()) {
            String uri = h.open("quiet.md", "Hello.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
        }
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void disableRuleSendsTheSuppressionAsAnEdit() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("d.md", "One TK.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            Map<?, ?> r = (Map<?, ?>) run(h, VouchLanguageServer.DISABLE_RULE, uri, "citations.placeholder", "line", 0);
            assertEquals(Boolean.TRUE, r.get("applied"));
            var edit = h.client.appliedEdits.get(0).getEdit();
            assertEquals("One TK. <!-- vouch-disable-line citations.placeholder -->\n",
                    Harness.applyEdits("One TK.\n", Harness.editsFor(edit, uri)));
            ExecutionException bad = assertThrows(ExecutionException.class,
                    () -> run(h, VouchLanguageServer.DISABLE_RULE, uri, "no.such-rule", "file"));
            assertTrue(bad.getCause().getMessage().contains("unknown rule"), bad.getCause().getMessage());
        }
    }

    @Test
    void unknownCommandsAreRefused() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> run(h, "vouch.nope"));
            assertTrue(e.getCause().getMessage().contains("unknown command"));
        }
    }

    static boolean isCheck(ProgressParams p) {
        return p.getToken().getLeft().startsWith("vouch-check-");
    }

    @Test
    void theGrammarWarmUpShowsAsProgress() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            h.client.await("warm-up progress", () -> h.client.progress.stream()
                    .filter(p -> p.getToken().getLeft().equals("vouch-grammar-warm-up"))
                    .anyMatch(p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd));
            assertTrue(h.client.progress.stream().filter(p -> p.getToken().getLeft().equals("vouch-grammar-warm-up"))
                    .findFirst().orElseThrow().getValue().getLeft() instanceof WorkDoneProgressBegin);
        }
    }
}
