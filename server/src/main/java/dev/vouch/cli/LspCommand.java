package dev.vouch.cli;

import dev.vouch.engine.Linter;
import dev.vouch.lsp.LedgerListener;
import dev.vouch.lsp.LspServer;
import dev.vouch.lsp.ServerOptions;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vouch lsp}: the language server over standard input and output. Standard output carries the
 * protocol and nothing else: {@code System.out} is pointed at standard error before anything can print.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Language Server Protocol over stdio, for VS Code, Neovim, Helix, Emacs and any LSP editor.",
                "Standard output carries only the protocol; logs go to standard error."})
final class LspCommand implements Callable<Integer> {
    /** The editing ledger the server feeds: {@code .vouch/ledger.json} per workspace, written as the writer edits. */
    static LedgerListener editingListener(Linter linter) {
        return new LedgerListener(linter, Clock.systemUTC());
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--debounce-ms", defaultValue = "150", paramLabel = "MS",
            description = "Quiet time after an edit before the draft is checked again (default: ${DEFAULT-VALUE}).")
    long debounceMs;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Abandon a check (fast rules, or grammar) of a draft that runs longer than this, and say so "
                    + "(default: ${DEFAULT-VALUE}; 0 for no limit).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        if (debounceMs < 0 || debounceMs > 10_000) {
            spec.commandLine().getErr().println("vouch lsp: --debounce-ms must be between 0 and 10000");
            return 2;
        }
        if (timeoutSeconds < 0) {
            spec.commandLine().getErr().println("vouch lsp: --timeout must be 0 (no limit) or more");
            return 2;
        }
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        Linter linter = Linter.standard();
        LedgerListener ledger = editingListener(linter);
        // Edits not yet written reach the ledger however the process ends: exit, a closed pipe, SIGTERM.
        Runtime.getRuntime().addShutdownHook(new Thread(ledger::shutdown, "vouch-ledger-shutdown"));
        ServerOptions options = ServerOptions.defaults(Version.get()).withEditingListener(ledger)
                .withDebounce(Duration.ofMillis(debounceMs)).withCheckTimeout(Duration.ofSeconds(timeoutSeconds));
        LspServer.Connection c = LspServer.start(linter, options, new FileInputStream(FileDescriptor.in), protocol);
        try {
            c.listening().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            System.err.println("vouch lsp: the connection failed: " + e.getCause());
        }
        // The editor closed the connection without "exit": leave as the protocol asks (1 unless shut down).
        ledger.shutdown();
        return c.server().isShutDown() ? 0 : 1;
    }
}
