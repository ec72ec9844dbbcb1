package dev.vouch.lsp;

import dev.vouch.engine.Linter;
import java.io.InputStream;
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
}
