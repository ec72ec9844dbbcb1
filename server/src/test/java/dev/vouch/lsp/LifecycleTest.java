package dev.vouch.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** initialize, shutdown, exit, the editor dying, and a real `vouch lsp` process's standard output. */
class LifecycleTest {
    @TempDir
    Path dir;

    @Test
    void shutdownThenExitEndsWithZeroAndExitAloneWithOne() throws Exception {
        Harness h = Harness.builder(dir).start();
        h.close();
        assertEquals(0, h.exitCode.get(20, TimeUnit.SECONDS));

        Harness rude = Harness.builder(dir).start();
        rude.server.exit();
        assertEquals(1, rude.exitCode.get(20, TimeUnit.SECONDS));
    }

    @Test
    void theServerExitsWhenTheEditorProcessDies() throws Exception {
        Process editor = new ProcessBuilder("sleep", "60").start();
        try {
            Harness h = Harness.builder(dir).processId(editor.pid()).start();
            editor.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            assertEquals(1, h.exitCode.get(20, TimeUnit.SECONDS));
        } finally {
            editor.destroyForcibly();
        }
    }

    /**
     * The real command in its own JVM: speaks clean protocol on stdout (the client's parser would fail on
     * anything else), publishes diagnostics, and exits 0 after shutdown/exit.
     */
    @Test
    void vouchLspProcessSpeaksOnlyProtocolOnStdout() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.vouch.cli.Main", "lsp");
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process p = pb.start();
        try {
            TestClient client = new TestClient();
            java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
            java.io.InputStream tee = new java.io.FilterInputStream(p.getInputStream()) {
                @Override
                public int read() throws java.io.IOException {
                    int b = super.read();
                    if (b >= 0) {
                        synchronized (seen) {
                            seen.write(b);
                        }
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        synchronized (seen) {
                            seen.write(b, off, n);
                        }
                    }
                    return n;
                }
            };
            Launcher<LanguageServer> l = new LSPLauncher.Builder<LanguageServer>()
                    .setLocalService(client).setRemoteInterface(LanguageServer.class)
                    .setInput(tee).setOutput(p.getOutputStream())
                    .create();
            l.startListening();
            LanguageServer server = l.getRemoteProxy();
            InitializeParams ip = new InitializeParams();
            ip.setProcessId((int) ProcessHandle.current().pid());
            ip.setCapabilities(new ClientCapabilities());
            server.initialize(ip).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            String uri = dir.resolve("p.md").toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "markdown", 1, "Hello TK.\n")));
            PublishDiagnosticsParams d = client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            assertEquals("citations.placeholder", d.getDiagnostics().get(0).getCode().getLeft());
            server.shutdown().get(20, TimeUnit.SECONDS);
            server.exit();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the server did not exit");
            assertEquals(0, p.exitValue());
            byte[] out;
            synchronized (seen) {
                out = seen.toByteArray();
            }
            assertFramesOnly(out);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void vouchLspExitsWhenItsInputCloses() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.vouch.cli.Main", "lsp");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process p = pb.start();
        try {
            p.getOutputStream().close();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server outlived its input");
            assertEquals(1, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }

    /** Standard output must be nothing but {@code Content-Length} framed JSON messages. */
    static void assertFramesOnly(byte[] out) {
        int i = 0;
        int frames = 0;
        while (i < out.length) {
            String rest = new String(out, i, Math.min(64, out.length - i), java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(rest.startsWith("Content-Length: "), "not a protocol frame at byte " + i + ": " + rest);
            int headerEnd = indexOf(out, "\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), i);
            assertTrue(headerEnd > 0, "unterminated header at byte " + i);
            String header = new String(out, i, headerEnd - i, java.nio.charset.StandardCharsets.US_ASCII);
            int len = Integer.parseInt(header.lines().filter(h -> h.startsWith("Content-Length: ")).findFirst()
                    .orElseThrow().substring("Content-Length: ".length()).strip());
            int body = headerEnd + 4;
            assertTrue(body + len <= out.length, "truncated frame");
            com.google.gson.JsonParser.parseString(new String(out, body, len, java.nio.charset.StandardCharsets.UTF_8));
            i = body + len;
            frames++;
        }
        assertTrue(frames >= 3, "expected at least initialize, diagnostics and shutdown; got " + frames);
    }

    private static int indexOf(byte[] a, byte[] b, int from) {
        outer:
        for (int i = from; i <= a.length - b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
