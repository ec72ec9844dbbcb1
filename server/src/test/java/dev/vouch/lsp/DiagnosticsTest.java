package dev.vouch.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text sync and pushed diagnostics: what arrives, for which version, in which order. */
class DiagnosticsTest {
    @TempDir
    Path dir;

    static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    static boolean has(PublishDiagnosticsParams p, String code) {
        return codes(p).contains(code);
    }

    @Test
    void initializeAnnouncesIncrementalSyncAndPushMode() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            TextDocumentSyncOptions sync = h.init.getCapabilities().getTextDocumentSync().getRight();
            assertEquals(TextDocumentSyncKind.Incremental, sync.getChange());
            assertTrue(sync.getOpenClose());
            assertNull(h.init.getCapabilities().getDiagnosticProvider(), "push mode: no pull provider");
            assertEquals(VouchLanguageServer.COMMANDS, h.init.getCapabilities().getExecuteCommandProvider().getCommands());
            assertEquals("vouch", h.init.getServerInfo().getName());
        }
    }

    @Test
    void diagnosticsCarryRuleIdSourceVersionDocLinkAndFixData() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("post.md", "# Title\n\nRates doubled.[^src]\n");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> has(x, "citations.undefined-footnote"));
            assertEquals(1, p.getVersion());
            Diagnostic d = p.getDiagnostics().stream()
                    .filter(x -> x.getCode().getLeft().equals("citations.undefined-footnote")).findFirst().orElseThrow();
            assertEquals("vouch", d.getSource());
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());
            assertEquals(2, d.getRange().getStart().getLine());
            assertEquals(14, d.getRange().getStart().getCharacter());
            assertEquals(20, d.getRange().getEnd().getCharacter());
            // The documentation link is a file that exists and documents the rule.
            Path doc = Path.of(URI.create(d.getCodeDescription().getHref()));
            h.connection.server().ruleDocsWritten.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(Files.readString(doc).contains("citations.undefined-footnote"));
            JsonObject data = (JsonObject) d.getData();
            assertEquals("citations.undefined-footnote", data.get("ruleId").getAsString());
            assertEquals(1, data.get("version").getAsInt());
            JsonObject fix = data.getAsJsonArray("fixes").get(0).getAsJsonObject();
            assertTrue(fix.get("safe").getAsBoolean());
            assertTrue(fix.getAsJsonArray("edits").get(0).getAsJsonObject().get("newText").getAsString()
                    .contains("[^src]:"));
        }
    }

    @Test
    void otherDocumentsAreIgnored() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String txt = h.open("notes.txt", "plaintext", "TODO [citation needed]\n");
            String md = h.open("notes.markdown", "plaintext", "TODO [citation needed]\n");
            h.client.awaitDiagnostics(md, x -> has(x, "citations.placeholder"));
            assertTrue(h.client.all(txt).isEmpty(), "a plaintext document got diagnostics");
        }
    }

    @Test
    void incrementalChangesWithCrlfAndAstralCharacters() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String text = "# 😀 Notes\r\n\r\nA claim 😀 here.\r\n";
            String uri = h.open("crlf.md", text);
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            // Insert a placeholder after the emoji (UTF-16: the emoji is two units) on line 2.
            h.change(uri, 2, 2, 10, 2, 10, " TK");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2);
            Diagnostic d = p.getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("citations.placeholder"))
                    .findFirst().orElseThrow(() -> new AssertionError(codes(p)));
            assertEquals(2, d.getRange().getStart().getLine());
            assertEquals(11, d.getRange().getStart().getCharacter());
            assertEquals(13, d.getRange().getEnd().getCharacter());
            // Delete it again across the position past the line end (clamped), then a full replace.
            h.change(uri, 3, 2, 10, 2, 13, "");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 3 && !has(x, "citations.placeholder"));
            h.replaceAll(uri, 4, "Still TK.\n");
            PublishDiagnosticsParams full = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 4);
            assertTrue(has(full, "citations.placeholder"));
        }
    }

    @Test
    void fastFindingsFirstThenGrammarForTheSameVersion() throws Exception {
        TestRules.slowGate = new CountDownLatch(1);
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("slow.md", "This is teh draft.[^x]\n");
            PublishDiagnosticsParams first = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            assertTrue(has(first, "citations.undefined-footnote"));
            assertFalse(has(first, "grammar.test-spelling"), "grammar came before it could have");
            TestRules.slowGate.countDown();
            PublishDiagnosticsParams second = h.client.awaitDiagnostics(uri,
                    x -> x.getVersion() == 1 && has(x, "grammar.test-spelling"));
            assertTrue(has(second, "citations.undefined-footnote"), "grammar replaced the fast findings");
            h.client.await("status with grammar done", () -> h.client.statuses.stream()
                    .anyMatch(s -> uri.equals(s.get("uri")) && Boolean.TRUE.equals(s.get("grammarDone"))));
        }
    }

    @Test
    void olderResultsNeverReplaceNewerOnes() throws Exception {
        TestRules.slowGate = new CountDownLatch(1);
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("race.md", "First teh paragraph.\n\nSecond paragraph.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            h.client.await("slow check started", () -> TestRules.slowRuns.get() > 0);
            // While version 1's grammar check is held back, the writer edits the second paragraph.
            for (int v = 2; v <= 6; v++) {
                h.change(uri, v, 2, 0, 2, 0, "x");
            }
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 6);
            TestRules.slowGate.countDown();
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 6 && has(x, "grammar.test-spelling"));
            int last = 0;
            for (PublishDiagnosticsParams p : h.client.all(uri)) {
                assertTrue(p.getVersion() >= last, "version " + p.getVersion() + " published after " + last);
                last = p.getVersion();
            }
            assertEquals(6, h.client.latest(uri).getVersion());
        }
    }

    @Test
    void grammarFindingsOfUnchangedParagraphsStayWhileAnotherIsEdited() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("carry.md", "First teh paragraph.\n\nSecond paragraph.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1 && has(x, "grammar.test-spelling"));
            TestRules.slowGate = new CountDownLatch(1);
            h.change(uri, 2, 2, 0, 2, 0, "A ");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2);
            assertTrue(has(p, "grammar.test-spelling"), "the untouched paragraph lost its grammar finding");
            TestRules.slowGate.countDown();
        }
    }

    @Test
    void aRuleThatThrowsIsLoggedAndTheOthersStillReport() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("boom.md", "BOOM goes the TK.\n");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> has(x, "citations.placeholder"));
            assertNotNull(p);
            h.client.await("a log line about the failing rule", () -> h.client.logs.stream()
                    .anyMatch(m -> m.getMessage().contains("claims.test-throws")));
            // Still alive: a second document is checked.
            String other = h.open("fine.md", "Fine [citation needed].\n");
            h.client.awaitDiagnostics(other, x -> has(x, "citations.placeholder"));
        }
    }

    @Test
    void closingClearsDiagnostics() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("gone.md", "TK\n");
            h.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty());
            h.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                    new org.eclipse.lsp4j.TextDocumentIdentifier(uri)));
            h.client.awaitLatest(uri, x -> x.getDiagnostics().isEmpty());
        }
    }
}
