package dev.vouch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vouch never opens a network connection: the language server, with grammar (LanguageTool) loaded and
 * checking, runs in a child JVM under {@link NoNetwork}, which refuses and logs every network access;
 * the log must stay empty. {@code PathologicalDraftsTest} runs {@code vouch check} (with grammar, and
 * without) under the same detector. The negative control shows the detector is not blind: a program that
 * does try the network, with a socket, an NIO channel, a host name lookup, {@code HttpClient} and
 * {@code HttpURLConnection}, has every attempt logged.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    @Test
    void theDetectorCatchesEveryKindOfAttempt() throws Exception {
        Path log = dir.resolve("probe.network");
        ProcessBuilder pb = ChildJvm.builder(ChildJvm.offline(List.of(), log, NetworkProbe.class.getName(), List.of()),
                dir, "probe");
        pb.redirectOutput(dir.resolve("probe.stdout").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe hung");
        String out = Files.readString(dir.resolve("probe.stdout"), StandardCharsets.UTF_8);
        String refused = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(List.of("socket: SecurityException", "channel: SecurityException", "dns: SecurityException",
                "http: SecurityException", "url: SecurityException"), out.lines().toList(),
                out + ChildJvm.tail(dir.resolve("probe.stderr")));
        for (String target : new String[] {"192.0.2.1:9", "192.0.2.2:9", "vouch-probe.invalid", "192.0.2.3", "192.0.2.4"}) {
            assertTrue(refused.contains(target), target + " not logged:\n" + refused);
        }
    }

    /** The editor side: records diagnostics, answers nothing it is not asked. */
    static final class Client implements LanguageClient {
        final List<PublishDiagnosticsParams> diagnostics = new CopyOnWriteArrayList<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams d) {
            diagnostics.add(d);
        }

        @Override
        public void telemetryEvent(Object object) {}

        /** Vouch's own notification ({@code docs/lsp.md}); not needed here. */
        @org.eclipse.lsp4j.jsonrpc.services.JsonNotification("vouch/status")
        public void status(Object status) {}

        @Override
        public void showMessage(MessageParams m) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams m) {}

        @Override
        public CompletableFuture<List<Object>> configuration(org.eclipse.lsp4j.ConfigurationParams p) {
            return CompletableFuture.completedFuture(java.util.Collections.nCopies(p.getItems().size(), null));
        }

        @Override
        public CompletableFuture<Void> registerCapability(org.eclipse.lsp4j.RegistrationParams p) {
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void aLanguageServerSessionWithGrammarOpensNoSocket() throws Exception {
        Path log = dir.resolve("lsp.network");
        List<String> jvm = new java.util.ArrayList<>(ChildJvm.BOUNDED_HEAP);
        ProcessBuilder pb = ChildJvm.builder(ChildJvm.offline(jvm, log, "dev.vouch.cli.Main", List.of("lsp")), dir, "lsp");
        Process p = pb.start();
        try {
            Client client = new Client();
            Launcher<LanguageServer> l = new LSPLauncher.Builder<LanguageServer>().setLocalService(client)
                    .setRemoteInterface(LanguageServer.class).setInput(p.getInputStream()).setOutput(p.getOutputStream())
                    .create();
            l.startListening();
            LanguageServer server = l.getRemoteProxy();
            InitializeParams ip = new InitializeParams();
            ip.setProcessId((int) ProcessHandle.current().pid());
            ip.setCapabilities(new ClientCapabilities());
            ip.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "offline")));
            server.initialize(ip).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            Path draft = dir.resolve("post.md");
            String text = "# Offline\n\nThis are a sentence with teh mistake in it. Studies show that 73% of readers "
                    + "agree, see (Smith et al., 2024).[^x]\n";
            Files.writeString(draft, text);
            String uri = draft.toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1,
                    text)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (client.diagnostics.stream().noneMatch(d -> d.getDiagnostics().stream()
                    .anyMatch(x -> x.getCode().getLeft().startsWith("grammar.")))) {
                assertTrue(System.nanoTime() < deadline, "no grammar diagnostics; stderr: " + ChildJvm.tail(dir.resolve("lsp.stderr")));
                assertTrue(p.isAlive(), "the server died: " + ChildJvm.tail(dir.resolve("lsp.stderr")));
                Thread.sleep(50);
            }
            server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(2, 26)))
                    .get(60, TimeUnit.SECONDS);
            server.shutdown().get(30, TimeUnit.SECONDS);
            server.exit();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
        } finally {
            p.destroyForcibly();
        }
        assertEquals("", Files.readString(log, StandardCharsets.UTF_8), "the server touched the network");
        ChildJvm.assertNoCrash(Files.readString(dir.resolve("lsp.stderr"), StandardCharsets.UTF_8));
    }
}
