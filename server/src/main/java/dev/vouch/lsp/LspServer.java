package dev.vouch.lsp;

import dev.vouch.engine.Linter;
import dev.vouch.rule.Stage;
import java.io.InputStream;
import java.util.EnumSet;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;

/** Connects a {@link VouchLanguageServer} to an editor over a pair of streams (stdio for {@code vouch lsp}). */
public final class LspServer {
    private LspServer() {}

    /** A started connection: {@code listening} completes when the input ends. */
    public record Connection(VouchLanguageServer server, Future<Void> listening) {}

    public static Connection start(Linter linter, ServerOptions options, InputStream in, OutputStream out) {
        warmUp(linter);
        VouchLanguageServer server = new VouchLanguageServer(linter, options);
        ExecutorService reader = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vouch-lsp-io");
            t.setDaemon(true);
            return t;
        });
        Launcher<VouchLanguageClient> launcher = new LSPLauncher.Builder<VouchLanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(VouchLanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(reader)
                .create();
        server.connect(launcher.getRemoteProxy());
        return new Connection(server, launcher.startListening());
    }

    /**
     * Checks a short draft on a background thread while the protocol machinery starts on this one, so
     * the classes behind the first real check (the Markdown parser, the rules, the configuration) are
     * loaded by the time the editor opens a draft: on two cores that halves the time to the first
     * diagnostics.
     */
    private static void warmUp(Linter linter) {
        Thread t = new Thread(null, () -> {
            try {
                linter.check(null, "---\ntitle: Warm-up\n---\n# Warm-up\n\nA [link](https://example.org) and a "
                        + "note.[^1] Still TK.\n\n- a list item\n\n[^1]: The note.\n", EnumSet.of(Stage.FAST), s -> s);
            } catch (RuntimeException | StackOverflowError e) {
                // only a warm-up; the real check reports its own problems
            }
        }, "vouch-warm-up", 64L * 1024 * 1024);
        t.setDaemon(true);
        t.start();
    }
}
