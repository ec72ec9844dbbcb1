package dev.vouch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vouch}: the command-line entry point. Exit codes: 0 clean, 1 findings at --fail-on, 2 usage or I/O. */
@Command(name = "vouch",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Lints Markdown essay drafts: unsupported claims, broken citations, AI-assistant-style "
                + "prose, grammar and spelling, and venue policies.", ""},
        subcommands = {CheckCommand.class, RulesCommand.class, LedgerCommand.class, LspCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage, configuration or I/O error."})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI without exiting (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("vouch: internal error: " + ex);
            return 2;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("vouch: " + ex.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return 2;
        });
        return cl;
    }

    /** {@code vouch} with no command: a usage error (the usage goes to stderr, exit 2), like a bad option. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vouch " + Version.get()};
        }
    }
}
