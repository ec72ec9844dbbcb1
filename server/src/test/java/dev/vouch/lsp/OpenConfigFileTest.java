package dev.vouch.lsp;

import static dev.vouch.lsp.DiagnosticsTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .vouch.json} with a mistake on disk, corrected in the editor and not yet saved: while it is open
 * its diagnostics are those of the text as typed, and once it is closed those of the file on disk, in push
 * and in pull mode. The diagnostics on the file never hold both.
 */
class OpenConfigFileTest {
    private static final String BROKEN = "{\n  \"rules\": {\n    \"citations.nope\": \"off\"\n  }\n}\n";
    private static final String FIXED = "{\n  \"rules\": {\n    \"citations.placeholder\": \"off\"\n  }\n}\n";

    @TempDir
    Path dir;

    private static void close(Harness h, String uri) {
        h.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    private static boolean unknownRule(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().anyMatch(d -> d.getMessage().contains("citations.nope"));
    }

    @Test
    void pushTheTextAsTypedWinsWhileOpenAndTheFileOnDiskOnceClosed() throws Exception {
        Path config = dir.resolve(".vouch.json");
        Files.writeString(config, BROKEN);
        String configUri = config.toUri().toString();
        try (Harness h = Harness.builder(dir).start()) {
            String draft = h.open("post.md", "Still TK.\n");
            h.client.awaitLatest(configUri, OpenConfigFileTest::unknownRule);
            h.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
                    new org.eclipse.lsp4j.TextDocumentItem(configUri, "jsonc", 1, BROKEN)));
            h.replaceAll(configUri, 2, FIXED); // corrected, not saved
            h.client.awaitLatest(configUri, p -> p.getVersion() != null && p.getVersion() == 2 && p.getDiagnostics().isEmpty());
            // The draft is checked again (against the saved file): the file's problems are not pushed over
            // the text as typed.
            h.replaceAll(draft, 2, "Still TK, edited.\n");
            h.client.awaitLatest(draft, p -> p.getVersion() == 2 && has(p, "config"));
            PublishDiagnosticsParams latest = h.client.latest(configUri);
            assertTrue(latest.getDiagnostics().isEmpty(), "the text as typed wins while open: " + latest);

            // Closed without saving: the file on disk is what counts again.
            close(h, configUri);
            h.client.awaitLatest(configUri, OpenConfigFileTest::unknownRule);
        }
    }

    @Test
    void pullTheFilesPushedProblemsAreWithdrawnWhileItIsOpen() throws Exception {
        Path config = dir.resolve(".vouch.json");
        Files.writeString(config, BROKEN);
        String configUri = config.toUri().toString();
        try (Harness h = Harness.builder(dir).capabilities(Harness.fullCapabilities(true, true)).start()) {
            String draft = h.open("post.md", "Still TK.\n");
            h.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(draft)))
                    .get(20, TimeUnit.SECONDS);
            h.client.awaitLatest(configUri, OpenConfigFileTest::unknownRule); // pushed: the file is not open
            h.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
                    new org.eclipse.lsp4j.TextDocumentItem(configUri, "jsonc", 1, FIXED)));
            // The editor pulls an open file's diagnostics; what was pushed for it is withdrawn, or it would
            // show beside them until the file is saved.
            h.client.awaitLatest(configUri, p -> p.getDiagnostics().isEmpty());
            RelatedFullDocumentDiagnosticReport pulled = h.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(configUri)))
                    .get(20, TimeUnit.SECONDS).getLeft();
            assertEquals(List.of(), pulled.getItems(), "as typed: no problem");
            h.replaceAll(draft, 2, "Still TK, edited.\n");
            h.client.await("the draft's refresh", () -> h.client.diagnosticRefreshes.get() > 0);
            h.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(draft)))
                    .get(20, TimeUnit.SECONDS);
            assertTrue(h.client.latest(configUri).getDiagnostics().isEmpty(), "nothing pushed over it while open");
            close(h, configUri);
            h.client.awaitLatest(configUri, OpenConfigFileTest::unknownRule);
        }
    }

    @Test
    void theFileIsKnownByItsPathHoweverTheEditorSpellsItsUri() throws Exception {
        Path project = Files.createDirectories(dir.resolve("me@work"));
        Path config = project.resolve(".vouch.json");
        Files.writeString(config, BROKEN);
        String javaUri = config.toUri().toString();
        String editorUri = javaUri.replace("@", "%40"); // as VS Code writes it
        try (Harness h = Harness.builder(project).start()) {
            h.open("post.md", "Still TK.\n");
            h.client.awaitLatest(javaUri, OpenConfigFileTest::unknownRule);
            h.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
                    new org.eclipse.lsp4j.TextDocumentItem(editorUri, "jsonc", 1, FIXED)));
            h.client.awaitLatest(javaUri, p -> p.getDiagnostics().isEmpty());
            h.client.awaitLatest(editorUri, p -> p.getDiagnostics().isEmpty());
        }
    }
}
