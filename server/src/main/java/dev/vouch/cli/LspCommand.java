package dev.vouch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vouch lsp}: the language server. Not built yet (see issue 7). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Language Server Protocol over stdio (NOT YET AVAILABLE: this build only has the CLI;",
                "the language server arrives with the LSP work)."})
final class LspCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("vouch lsp: the language server is not part of this build yet.");
        return 2;
    }
}
