package dev.vouch.cli;

import dev.vouch.engine.Linter;
import dev.vouch.lsp.EditingListener;
import dev.vouch.lsp.LspServer;
import dev.vouch.lsp.ServerOptions;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;

/**
 * {@code vouch lsp}: the language server over standard input and output. Standard output carries the
 * protocol and nothing else: {@code System.out} is pointed at standard error before anything can print.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Language Server Protocol over stdio, for VS Code, Neovim, Helix, Emacs and any LSP editor.",
                "Standard output carries only the protocol; logs go to standard error."})
final class LspCommand implements Callable<Integer> {
    /** The editing ledger the server feeds (the ledger work plugs in here). */
    static EditingListener editingListener() {
        return EditingListener.NONE;
    }

    @Override
    public Integer call() {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        ServerOptions options = ServerOptions.defaults(Version.get()).withEditingListener(editingListener());
        LspServer.Connection c = LspServer.start(Linter.standard(), options,
                new FileInputStream(FileDescriptor.in), protocol);
        try {
            c.listening().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            System.err.println("vouch lsp: the connection failed: " + e.getCause());
        }
        // The editor closed the connection without "exit": leave as the protocol asks (1 unless shut down).
        return c.server().isShutDown() ? 0 : 1;
    }
}
