package dev.vouch.lsp;

import static dev.vouch.lsp.DiagnosticsTest.codes;
import static dev.vouch.lsp.DiagnosticsTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor, a plugin or a broken pipe can send the server that it should not: bytes that are not
 * JSON-RPC, methods it does not know, positions outside the document, changes for documents never
 * opened, a configuration file turned to garbage while drafts are open. The server answers what can be
 * answered with an error, says what happened in the log, and goes on serving.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"processId\":null,\"capabilities\":{},\"rootUri\":null}}";

    @Test
    void malformedJsonRpcIsAnsweredOrLoggedAndTheSessionGoesOn() throws Exception {
        try (RawSession s = new RawSession(TestRules.citationsOnly(), RawSession.options())) {
            s.send(INIT);
            assertTrue(s.response(1).has("result"));
            s.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

            s.send("{this is not json");                                            // not JSON at all
            s.send("[1, 2, 3]");                                                    // JSON, not a message
            s.send("{\"jsonrpc\":\"2.0\",\"surprise\":true}");                     // an object of no known shape
            s.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"vouch/noSuchMethod\",\"params\":{}}");
            s.send("{\"jsonrpc\":\"2.0\",\"method\":\"vouch/noSuchNotification\",\"params\":{}}");
            s.send("{\"jsonrpc\":\"2.0\",\"method\":\"$/noSuchNotification\",\"params\":{}}");
            s.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":"
                    + "{\"textDocument\":42,\"position\":\"nowhere\"}}");           // parameters of the wrong type
            s.send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/hover\"}");  // no parameters
            s.sendRaw("Content-Length: 12\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"broken\": ");
            s.sendRaw("\r\n\r\n");                                                  // the rest of a frame
            s.sendRaw("Content-Length: nonsense\r\n\r\n");                          // a header with no number

            JsonObject unknown = s.response(2);
            assertEquals(-32601, unknown.getAsJsonObject("error").get("code").getAsInt(), unknown.toString());
            JsonObject wrongType = s.response(3);
            assertTrue(wrongType.has("error") || wrongType.get("result").isJsonNull(), wrongType.toString());
            JsonObject none = s.response(4);
            assertTrue(none.has("error") || none.get("result").isJsonNull(), none.toString());

            // Still serving: a draft is opened and checked, a request is answered.
            String uri = dir.resolve("after.md").toUri().toString();
            s.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                    + "{\"uri\":\"" + uri + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"Still TK.\\n\"}}}");
            JsonObject diags = s.await("diagnostics after the garbage", m -> RawSession.isMethod(m,
                    "textDocument/publishDiagnostics") && m.getAsJsonObject("params").get("uri").getAsString().equals(uri)
                    && m.getAsJsonObject("params").get("version") != null);
            assertTrue(diags.toString().contains("citations.placeholder"), diags.toString());
            s.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
                    + "{\"uri\":\"" + uri + "\"},\"position\":{\"line\":0,\"character\":7}}}");
            assertTrue(s.response(5).has("result"));
            s.send("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"shutdown\"}");
            assertTrue(s.response(6).has("result"));
            // And the editor's log says what could not be read.
            List<String> logged = s.received.stream().filter(m -> RawSession.isMethod(m, "window/logMessage"))
                    .map(m -> m.getAsJsonObject("params").get("message").getAsString())
                    .filter(m -> m.startsWith("vouch: JSON-RPC: ")).toList();
            assertTrue(logged.stream().anyMatch(m -> m.contains("Content-Length")), logged.toString());
            assertTrue(logged.size() >= 3, logged.toString());
        }
    }

    private static void changed(Harness h, Path file) {
        h.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(new ArrayList<>(List.of(
                new FileEvent(file.toUri().toString(), FileChangeType.Changed)))));
    }

    private static TextDocumentContentChangeEvent change(int line, int col, int endLine, int endCol, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(line, col), new Position(endLine, endCol)), text);
    }

    @Test
    void outOfRangePositionsAreClampedAndRequestsAnswered() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("post.md", "# Title\n\nA line.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            var docs = h.server.getTextDocumentService();
            // Past the end of the document, past the end of a line, negative, and reversed: clamped.
            docs.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                    new ArrayList<>(List.of(change(900, 0, 900, 50, "Appended TK.\n"), change(2, 500, 2, 900, " More"),
                            change(-3, -7, -1, -1, "<!-- top -->"), change(2, 6, 2, 2, "")))));
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 2);
            assertEquals("<!-- top --># Title\n\nA . More\nAppended TK.\n",
                    h.connection.server().documents.get(uri).snapshot().text());
            assertTrue(has(p, "citations.placeholder"), codes(p).toString());
            // Requests far outside the text: answered (no hover there, no actions), not errors.
            assertNull(docs.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(99_999, 99_999)))
                    .get(20, TimeUnit.SECONDS));
            docs.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(-5, -5))).get(20, TimeUnit.SECONDS);
            docs.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), new Range(new Position(50, 3),
                    new Position(-1, 0)), new CodeActionContext(List.of()))).get(20, TimeUnit.SECONDS);
            // A change with a range missing its start: the whole change is refused, and said so; then one
            // with neither range nor text: the draft is empty.
            Range half = new Range();
            half.setEnd(new Position(0, 3));
            TextDocumentContentChangeEvent noStart = new TextDocumentContentChangeEvent();
            noStart.setRange(half);
            noStart.setText("lost");
            docs.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
                    new ArrayList<>(List.of(change(0, 0, 0, 0, "Not applied either. "), noStart))));
            h.client.await("the warning", () -> h.client.logs.stream().anyMatch(m ->
                    m.getMessage().contains("had a range without a start or an end")));
            assertEquals("<!-- top --># Title\n\nA . More\nAppended TK.\n",
                    h.connection.server().documents.get(uri).snapshot().text());
            docs.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 4),
                    new ArrayList<>(List.of(new TextDocumentContentChangeEvent()))));
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 4 && x.getDiagnostics().isEmpty());
            h.replaceAll(uri, 5, "Back, with TK.\n");
            h.client.awaitDiagnostics(uri, x -> x.getVersion() == 5 && has(x, "citations.placeholder"));
        }
    }

    @Test
    void changesForADocumentNeverOpenedAreIgnoredAndLogged() throws Exception {
        try (Harness h = Harness.builder(dir).start()) {
            String ghost = dir.resolve("never-opened.md").toUri().toString();
            h.replaceAll(ghost, 7, "Text TK.\n");
            h.change(ghost, 8, 0, 0, 0, 0, "More ");
            h.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(ghost)));
            h.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(ghost)));
            h.client.await("the log line", () -> h.client.logs.stream().anyMatch(m -> m.getType() == MessageType.Warning
                    && m.getMessage().contains(ghost + ", which the editor never opened")));
            // Requests for it are answered empty; a real draft is served as usual.
            assertNull(h.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(ghost),
                    new Position(0, 0))).get(20, TimeUnit.SECONDS));
            String uri = h.open("real.md", "Real TK.\n");
            h.client.awaitDiagnostics(uri, x -> has(x, "citations.placeholder"));
            assertTrue(h.client.all(ghost).stream().allMatch(x -> x.getDiagnostics().isEmpty()),
                    "diagnostics for a document never opened");
        }
    }

    @Test
    void aConfigurationTurnedToGarbageMidSessionIsReportedAndDraftsAreStillChecked() throws Exception {
        Path config = dir.resolve(".vouch.json");
        Files.writeString(config, "{\"rules\": {\"citations.placeholder\": \"error\"}}\n");
        try (Harness h = Harness.builder(dir).start()) {
            String uri = h.open("post.md", "Still TK.[^a]\n");
            h.client.awaitDiagnostics(uri, x -> has(x, "citations.placeholder") && !has(x, "config"));
            // Half a file, then binary noise, as a crashed editor or a bad merge leaves it.
            Files.write(config, new byte[] {'{', '"', 'r', 'u', 'l', 'e', 's', '"', ':', ' ', '{', 0, (byte) 0xff,
                    (byte) 0xfe, '\n', '<', '<', '<'});
            changed(h, config);
            PublishDiagnosticsParams p = h.client.awaitLatest(uri, x -> has(x, "config"));
            assertTrue(has(p, "citations.undefined-footnote"), "the draft is still checked: " + codes(p));
            String configUri = config.toUri().toString();
            PublishDiagnosticsParams c = h.client.awaitLatest(configUri, x -> !x.getDiagnostics().isEmpty());
            assertTrue(c.getDiagnostics().get(0).getMessage().length() > 10, c.getDiagnostics().get(0).getMessage());
            // Then deleted: the defaults apply and the problem is gone.
            Files.delete(config);
            h.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(new ArrayList<>(List.of(
                    new FileEvent(configUri, FileChangeType.Deleted)))));
            h.client.awaitLatest(uri, x -> !has(x, "config") && has(x, "citations.placeholder"));
            h.client.awaitLatest(configUri, x -> x.getDiagnostics().isEmpty());
        }
    }

    /**
     * A writer's banned-phrase pattern that a backtracking engine takes exponential time on (UserPatternsTest
     * has the negative control) does not stall the server: matched by RE2/J, in linear time.
     */
    @Test
    void aCatastrophicBannedPhrasePatternDoesNotStallTheServer() throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), """
                {"rules": {"policy.banned-phrase": {"phrases": [
                  {"pattern": "((a+)+)+b", "regex": true},
                  {"pattern": "game[- ]changer", "regex": true, "reason": "hype"}]}}}
                """);
        dev.vouch.engine.Linter linter = new dev.vouch.engine.Linter(new dev.vouch.rule.RuleRegistry(
                List.of(new dev.vouch.rules.policy.BannedPhrase())));
        try (Harness h = Harness.builder(dir).linter(linter).start()) {
            String uri = h.open("post.md", "# Patterns\n\n" + "a".repeat(20_000) + "!\n\nA real game changer.\n");
            PublishDiagnosticsParams p = h.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            assertEquals(List.of("policy.banned-phrase"), codes(p));
            assertTrue(p.getDiagnostics().get(0).getMessage().contains("hype"), p.getDiagnostics().get(0).getMessage());
        }
    }
}
