package dev.vouch.lsp;

import static dev.vouch.lsp.DiagnosticsTest.codes;
import static dev.vouch.lsp.DiagnosticsTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vouch lsp --timeout}: a check that runs past its budget is abandoned (its thread interrupted and
 * freed), the writer is told, and the server goes on serving the next edit and the other drafts. The
 * budget here is tiny and the stalling rule ({@link TestRules.Stalls}) would otherwise sleep for 30 s,
 * so a missing abandonment fails the waits below (20 s) rather than passing slowly.
 */
class CheckBudgetTest {
    private static final Duration TINY = Duration.ofMillis(300);

    @TempDir
    Path dir;

    private static boolean mentions(List<MessageParams> messages, String text) {
        return messages.stream().anyMatch(m -> m.getType() == MessageType.Warning && m.getMessage().contains(text));
    }

    @Test
    void aStalledCheckIsAbandonedReportedAndTheServerKeepsServing() throws Exception {
        try (Harness h = Harness.builder(dir).checkTimeout(TINY).start()) {
            String stuck = h.open("stuck.md", "# Stuck\n\nThis paragraph makes the check STALL, TK.\n");
            // Nothing was shown for the draft yet: the notice is its diagnostic, for the version checked.
            PublishDiagnosticsParams notice = h.client.awaitDiagnostics(stuck, x -> has(x, Delivery.ABANDONED_CODE));
            assertEquals(1, notice.getVersion());
            assertEquals(List.of(Delivery.ABANDONED_CODE), codes(notice));
            assertTrue(notice.getDiagnostics().get(0).getMessage().contains("stuck.md ran past its 300 ms budget"),
                    notice.getDiagnostics().get(0).getMessage());
            h.client.await("a message about the abandoned check", () -> mentions(h.client.shown,
                    "checking stuck.md ran past its 300 ms budget and was abandoned"));
            assertTrue(mentions(h.client.logs, "stuck.md ran past its 300 ms budget"), "logged too");

            // The check thread is free again: another draft is checked, and so is the next edit.
            String other = h.open("other.md", "# Other\n\nStill TK here.\n");
            h.client.awaitDiagnostics(other, x -> has(x, "citations.placeholder"));
            h.replaceAll(stuck, 2, "# Stuck no more\n\nA fine paragraph, with TK.\n");
            PublishDiagnosticsParams fixed = h.client.awaitLatest(stuck, x -> x.getVersion() == 2);
            assertTrue(has(fixed, "citations.placeholder"), codes(fixed).toString());
            assertFalse(has(fixed, Delivery.ABANDONED_CODE), codes(fixed).toString());

            // Stalling again, after a check that completed: told again (once per run of abandoned checks);
            // the findings of version 2 stay, and a request is answered from them at once, not after
            // another budget.
            int shownBefore = h.client.shown.size();
            h.replaceAll(stuck, 3, "# Stuck again\n\nSTALL once more, TK.\n");
            h.client.await("a second message", () -> h.client.shown.size() > shownBefore);
            long t0 = System.nanoTime();
            h.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(stuck),
                    new Position(2, 22))).get(20, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "the hover waited for a stalled check");
            assertEquals(2, h.client.latest(stuck).getVersion(), "nothing published over version 2's findings");
            h.replaceAll(stuck, 4, "# Stuck again\n\nSTALL and again.\n");
            h.client.await("the log line of the third abandonment", () -> h.client.logs.stream()
                    .filter(m -> m.getMessage().contains("checking stuck.md ran past")).count() >= 3);
            assertEquals(shownBefore + 1, h.client.shown.size(), "shown once per run, logged every time");
        }
    }

    @Test
    void checkTheWorkspaceCountsADraftPastItsBudgetAsSkippedAndChecksTheRest() throws Exception {
        // Grammar off: a closed draft's check would otherwise wait for LanguageTool to load first.
        try (Harness h = Harness.builder(dir).checkTimeout(TINY).initOptions(com.google.gson.JsonParser.parseString(
                "{\"settings\": {\"vouch\": {\"grammar\": {\"enabled\": false}}}}")).start()) {
            String stuck = h.open("stuck.md", "# Stuck\n\nSTALL here.\n");
            h.client.awaitDiagnostics(stuck, x -> has(x, Delivery.ABANDONED_CODE));
            java.nio.file.Files.writeString(dir.resolve("closed-stuck.md"), "# Also\n\nSTALL, on disk.\n");
            java.nio.file.Files.writeString(dir.resolve("fine.md"), "# Fine\n\nTK.\n");
            java.util.Map<?, ?> summary = (java.util.Map<?, ?>) h.server.getWorkspaceService().executeCommand(
                    new org.eclipse.lsp4j.ExecuteCommandParams(VouchLanguageServer.CHECK_WORKSPACE, List.of()))
                    .get(20, TimeUnit.SECONDS);
            assertEquals(1.0, ((Number) summary.get("files")).doubleValue(), summary.toString());
            assertEquals(2.0, ((Number) summary.get("skipped")).doubleValue(), summary.toString());
            assertEquals(1.0, ((Number) summary.get("warnings")).doubleValue(), summary.toString());
        }
    }

    @Test
    void aPullEditorGetsTheNoticeAsTheReport() throws Exception {
        try (Harness h = Harness.builder(dir).capabilities(Harness.fullCapabilities(true, true))
                .checkTimeout(TINY).start()) {
            String uri = h.open("pulled.md", "# Pulled\n\nSTALL here.\n");
            RelatedFullDocumentDiagnosticReport r = h.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
                    .get(20, TimeUnit.SECONDS).getLeft();
            assertEquals(List.of(Delivery.ABANDONED_CODE), r.getItems().stream().map(d -> d.getCode().getLeft()).toList());
            h.client.await("the message", () -> mentions(h.client.shown, "pulled.md ran past"));
        }
    }

    @Test
    void aStalledGrammarCheckKeepsTheFastFindingsAndSaysWhy() throws Exception {
        TestRules.slowGate = new CountDownLatch(1); // the grammar stand-in waits (30 s) until opened
        try (Harness h = Harness.builder(dir).checkTimeout(TINY).start()) {
            String uri = h.open("slow.md", "This is teh draft.[^x]\n");
            h.client.awaitDiagnostics(uri, x -> has(x, "citations.undefined-footnote"));
            h.client.await("a message about the abandoned grammar check", () -> mentions(h.client.shown,
                    "the grammar check of slow.md ran past its 300 ms budget"));
            h.client.await("the reason in the log", () -> h.client.logs.stream().anyMatch(m ->
                    m.getMessage().contains("grammar check abandoned after 300 ms (--timeout)")));
            assertTrue(h.client.all(uri).stream().noneMatch(p -> has(p, "grammar.test-spelling")));
            assertTrue(has(h.client.latest(uri), "citations.undefined-footnote"), "the fast findings stay");

            // Grammar that is quick again completes, for the next edit.
            TestRules.slowGate.countDown();
            h.replaceAll(uri, 2, "This is teh draft again.[^x]\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2 && has(x, "grammar.test-spelling"));
        }
    }
}
