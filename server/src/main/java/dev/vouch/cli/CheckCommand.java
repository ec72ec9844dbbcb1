package dev.vouch.cli;

import dev.vouch.cli.report.FileReport;
import dev.vouch.cli.report.Report;
import dev.vouch.cli.report.ReportFormat;
import dev.vouch.config.Settings;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.FixLoop;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Severity;
import dev.vouch.rule.Stage;
import dev.vouch.util.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vouch check}: lint drafts and report in one of four formats. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks Markdown drafts: files, folders (searched for *.md and *.markdown) and globs."})
final class CheckCommand implements Callable<Integer> {
    private static final int MAX_FIX_PASSES = 10;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders or globs to check.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, sarif or github (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error, warning, info, hint or never "
                    + "(default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--fix", description = "Apply every safe fix, write each file atomically, report what changed.")
    boolean fix;

    @Option(names = "--stdin", description = "Read one draft from standard input.")
    boolean stdin;

    @Option(names = "--stdin-filename", paramLabel = "PATH",
            description = "With --stdin: the path the draft stands for (for configuration and the report).")
    String stdinFilename;

    @Option(names = "--no-grammar", description = "Skip grammar and spelling (the slow LanguageTool stage).")
    boolean noGrammar;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file instead of the nearest .vouch.json.")
    Path config;

    @Option(names = "--jobs", defaultValue = "0", paramLabel = "N",
            description = "Files checked in parallel (default: one per processor).")
    int jobs;

    @Option(names = "--max-file-size", defaultValue = "10", paramLabel = "MB",
            description = "Skip drafts larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxFileSizeMb;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "Abandon a draft whose check runs longer than this (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private PrintWriter err;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        ReportFormat reportFormat;
        try {
            reportFormat = ReportFormat.named(format);
        } catch (IllegalArgumentException e) {
            return usage("unknown --format \"" + format + "\" (text, json, sarif, github)");
        }
        Severity threshold = failOn.equals("never") ? null : Severity.parse(failOn);
        if (threshold == null && !failOn.equals("never")) {
            return usage("unknown --fail-on \"" + failOn + "\" (error, warning, info, hint, never)");
        }
        if (stdin && !paths.isEmpty()) {
            return usage("give either --stdin or paths, not both");
        }
        if (stdin && fix) {
            return usage("--fix rewrites files; it cannot be used with --stdin");
        }
        if (!stdin && paths.isEmpty()) {
            return usage("no PATH given (try: vouch check samples/)");
        }
        if (stdinFilename != null && !stdin) {
            return usage("--stdin-filename goes with --stdin");
        }
        if (jobs < 0 || timeoutSeconds <= 0 || maxFileSizeMb <= 0) {
            return usage("--jobs, --timeout and --max-file-size must be positive");
        }

        Linter linter = Linter.standard();
        UnaryOperator<Settings> adjust = UnaryOperator.identity();
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                err.println("vouch: configuration file " + config + " does not exist");
                return 2;
            }
            Settings explicit = linter.configs().load(config);
            adjust = s -> explicit;
        }
        Set<Stage> stages = noGrammar ? EnumSet.of(Stage.FAST) : EnumSet.allOf(Stage.class);

        List<FileReport> reports = new ArrayList<>();
        boolean ioError = false;
        if (stdin) {
            reports.add(checkStdin(linter, stages, adjust));
            ioError = reports.get(0).skipped() != null;
        } else {
            UnaryOperator<Settings> finalAdjust = adjust;
            FileCollector collector = new FileCollector(p -> finalAdjust.apply(linter.settingsFor(p)).isIgnored(p));
            for (String p : paths) {
                collector.add(p);
            }
            for (FileCollector.Missing m : collector.missing()) {
                err.println("vouch: " + m.argument() + ": no such file, folder or matching draft");
                ioError = true;
            }
            List<FileCollector.Target> targets = collector.targets();
            List<FileReport> checked = checkAll(linter, targets, stages, adjust);
            for (int i = 0; i < checked.size(); i++) {
                FileReport r = checked.get(i);
                if (r.skipped() != null) {
                    err.println("vouch: " + r.path() + ": skipped: " + r.skipped());
                    if (targets.get(i).explicit()) {
                        ioError = true;
                    }
                }
                for (String f : r.fixed()) {
                    err.println("vouch: " + r.path() + ": fixed: " + f);
                }
                if (r.writeError() != null) {
                    err.println("vouch: " + r.path() + ": " + r.writeError());
                    ioError = true;
                }
            }
            reports.addAll(checked);
        }

        Report report = new Report(reports, linter.registry(), Version.get());
        reportFormat.write(report, out);
        out.flush();

        boolean configError = printProblems(report);
        for (FileReport r : reports) {
            if (r.result() != null) {
                for (String e : r.result().errors()) {
                    err.println("vouch: " + r.path() + ": " + e);
                }
            }
        }
        err.flush();
        if (ioError || configError) {
            return 2;
        }
        if (threshold != null) {
            for (FileReport r : reports) {
                if (r.result() != null && r.result().findings().stream().anyMatch(f -> f.severity().atLeast(threshold))) {
                    return 1;
                }
            }
        }
        return 0;
    }

    private int usage(String message) {
        err.println("vouch check: " + message);
        err.println("Run 'vouch check --help' for usage.");
        return 2;
    }

    private boolean printProblems(Report report) {
        List<Report.Problem> problems = report.configProblems();
        for (Report.Problem p : problems) {
            err.println(p.file() + ":" + p.line() + ":" + p.column() + ": error: " + p.message() + " [config]");
        }
        return !problems.isEmpty();
    }

    private FileReport checkStdin(Linter linter, Set<Stage> stages, UnaryOperator<Settings> adjust) {
        String display = stdinFilename == null ? "<stdin>" : stdinFilename;
        Path path = stdinFilename == null ? null : Path.of(stdinFilename);
        try {
            InputStream in = System.in;
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes() + 1));
            if (bytes.length > maxBytes()) {
                err.println("vouch: " + display + ": skipped: larger than " + maxFileSizeMb + " MB (--max-file-size)");
                return FileReport.skipped(display, "larger than " + maxFileSizeMb + " MB");
            }
            String why = Linter.unreadable(bytes);
            if (why != null) {
                err.println("vouch: " + display + ": skipped: " + why);
                return FileReport.skipped(display, why);
            }
            String text = Linter.decode(bytes);
            return new FileReport(display, linter.check(path, text, stages, adjust), null, List.of());
        } catch (CharacterCodingException e) {
            String why = "not valid UTF-8";
            err.println("vouch: " + display + ": skipped: " + why);
            return FileReport.skipped(display, why);
        } catch (IOException e) {
            err.println("vouch: cannot read standard input: " + e.getMessage());
            return FileReport.skipped(display, "cannot read standard input");
        }
    }

    private long maxBytes() {
        return (long) (maxFileSizeMb * 1024 * 1024);
    }

    /** Checks files in parallel; results come back in the order given. */
    private List<FileReport> checkAll(Linter linter, List<FileCollector.Target> targets, Set<Stage> stages,
                                      UnaryOperator<Settings> adjust) {
        int threads = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
        threads = Math.max(1, Math.min(threads, Math.max(1, targets.size())));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            // A deep stack: pathological nesting must give findings, not a StackOverflowError.
            Thread t = new Thread(null, r, "vouch-check", 256L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
        List<Future<FileReport>> futures = new ArrayList<>();
        List<AtomicLong> started = new ArrayList<>();
        for (FileCollector.Target t : targets) {
            AtomicLong start = new AtomicLong();
            started.add(start);
            futures.add(pool.submit(() -> {
                start.set(System.nanoTime());
                return checkFile(linter, t, stages, adjust);
            }));
        }
        List<FileReport> out = new ArrayList<>();
        long budget = TimeUnit.SECONDS.toNanos(timeoutSeconds);
        for (int i = 0; i < futures.size(); i++) {
            Future<FileReport> f = futures.get(i);
            FileCollector.Target t = targets.get(i);
            FileReport r = null;
            while (r == null) {
                try {
                    r = f.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long s = started.get(i).get();
                    if (s != 0 && System.nanoTime() - s > budget) {
                        f.cancel(true);
                        r = FileReport.skipped(t.display(), "check abandoned after " + timeoutSeconds + " s (--timeout)");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    r = FileReport.skipped(t.display(), "interrupted");
                } catch (ExecutionException e) {
                    r = FileReport.skipped(t.display(), "internal error: " + e.getCause());
                }
            }
            out.add(r);
        }
        pool.shutdownNow();
        return out;
    }

    private FileReport checkFile(Linter linter, FileCollector.Target t, Set<Stage> stages,
                                 UnaryOperator<Settings> adjust) {
        Path path = t.path();
        try {
            long size = Files.size(path);
            if (size > maxBytes()) {
                return FileReport.skipped(t.display(), String.format("larger than %s MB (%,d bytes; --max-file-size)",
                        fmt(maxFileSizeMb), size));
            }
            byte[] bytes = Files.readAllBytes(path);
            String why = Linter.unreadable(bytes);
            if (why != null) {
                return FileReport.skipped(t.display(), why);
            }
            String text;
            try {
                text = Linter.decode(bytes);
            } catch (CharacterCodingException e) {
                return FileReport.skipped(t.display(), "not valid UTF-8 (first bad byte at offset "
                        + Linter.invalidUtf8Offset(bytes) + ")");
            }
            CheckResult result = linter.check(path, text, stages, adjust);
            List<String> fixed = new ArrayList<>();
            if (fix) {
                FixLoop.Outcome o = FixLoop.run(text, result, next -> linter.check(path, next, stages, adjust),
                        MAX_FIX_PASSES);
                if (!o.text().equals(text)) {
                    try {
                        AtomicFiles.writeString(path, o.text());
                    } catch (IOException e) {
                        // The file keeps its text, so its findings are those of the text on disk.
                        return new FileReport(t.display(), result, null, List.of(), "--fix could not write the "
                                + "fixed file (" + describe(e) + "); the file is unchanged");
                    }
                }
                fixed.addAll(o.applied());
                result = o.result();
            }
            return new FileReport(t.display(), result, null, fixed);
        } catch (IOException e) {
            return FileReport.skipped(t.display(), "cannot read or write: " + e.getMessage());
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied in " + (e.getMessage() == null ? "its folder"
                    : Path.of(e.getMessage()).toAbsolutePath().getParent());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
