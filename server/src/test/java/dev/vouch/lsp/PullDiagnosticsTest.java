package dev.vouch.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LSP 3.17 pull diagnostics, for editors that support them with refresh. */
class PullDiagnosticsTest {
    @TempDir
    Path dir;

    private static DocumentDiagnosticReport pull(Harness h, String uri, String previous) throws Exception {
        DocumentDiagnosticParams p = new DocumentDiagnosticParams(new TextDocumentIdentifier(uri));
        p.setPreviousResultId(previous);
        return h.server.getTextDocumentService().diagnostic(p).get(20, TimeUnit.SECONDS);
    }

    private static List<String> codes(RelatedFullDocumentDiagnosticReport r) {
        return r.getItems().stream().map(d -> d.getCode().getLeft()).toList();
    }

    @Test
    void pullReturnsFastFindingsAtOnceAndGrammarAfterARefresh() throws Exception {
        TestRules.slowGate = new CountDownLatch(1);
        try (Harness h = Harness.builder(dir).capabilities(Harness.fullCapabilities(true, true)).start()) {
            assertNotNull(h.init.getCapabilities().getDiagnosticProvider());
            assertEquals("vouch", h.init.getCapabilities().getDiagnosticProvider().getIdentifier());
            String uri = h.open("pull.md", "A teh claim.[^x]\n");
            DocumentDiagnosticReport first = pull(h, uri, null);
            RelatedFullDocumentDiagnosticReport full = first.getLeft();
            assertTrue(codes(full).contains("citations.undefined-footnote"), codes(full).toString());
            assertFalse(codes(full).contains("grammar.test-spelling"));
            // Asking again with the same result id: unchanged.
            DocumentDiagnosticReport again = pull(h, uri, full.getResultId());
            assertTrue(again.isRight(), "expected an unchanged report");
            int refreshes = h.client.diagnosticRefreshes.get();
            TestRules.slowGate.countDown();
            h.client.await("a diagnostics refresh", () -> h.client.diagnosticRefreshes.get() > refreshes);
            RelatedFullDocumentDiagnosticReport after = pull(h, uri, full.getResultId()).getLeft();
            assertTrue(codes(after).contains("grammar.test-spelling"), codes(after).toString());
            assertTrue(h.client.all(uri).isEmpty(), "pull mode pushed diagnostics for an open draft");
        }
    }

    @Test
    void theEditorCanAskForPushInstead() throws Exception {
        com.google.gson.JsonObject init = new com.google.gson.JsonObject();
        init.addProperty("diagnosticMode", "push");
        try (Harness h = Harness.builder(dir).capabilities(Harness.fullCapabilities(true, true)).initOptions(init)
                .start()) {
            assertEquals(null, h.init.getCapabilities().getDiagnosticProvider());
            String uri = h.open("push.md", "TK\n");
            h.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty());
        }
    }
}
