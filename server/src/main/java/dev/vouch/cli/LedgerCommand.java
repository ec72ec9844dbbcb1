package dev.vouch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.engine.LedgerRows;
import dev.vouch.engine.Linter;
import dev.vouch.ledger.LedgerFile;
import dev.vouch.ledger.LedgerLocator;
import dev.vouch.ledger.LedgerProblem;
import dev.vouch.rules.policy.EditingTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vouch ledger}: each draft's words, the editing time the ledger recorded for it, the minutes its
 * policy asks for, and whether it meets them. The figures are those {@code policy.editing-time} uses.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints each draft's words, edited and required minutes, and whether it meets the "
                + "editing-time policy.",
                "Edited minutes come from .vouch/ledger.json; required ones from the draft's policy.",
                "Without PATH: every draft in the ledger of this folder or above."})
final class LedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Drafts, folders or globs.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--check", description = "Exit 1 when a draft the editing-time policy applies to falls short.")
    boolean check;

    /** One printed row. */
    record Row(String path, String key, Path ledger, int words, double editedMinutes, long requiredMinutes,
               boolean meets, boolean applies, int sessions, String lastEdit, boolean changed, String note) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("vouch ledger: unknown --format \"" + format + "\" (text, json)");
            return 2;
        }
        Linter linter = Linter.standard();
        List<Path> drafts = new ArrayList<>();
        boolean error = false;
        if (paths.isEmpty()) {
            Path root = LedgerLocator.rootFrom(Path.of("").toAbsolutePath());
            Path file = root == null ? null : root.resolve(LedgerFile.PATH);
            if (file == null || !Files.isRegularFile(file)) {
                err.println("vouch ledger: no " + LedgerFile.PATH + " in this folder or above; give drafts as PATH");
                return 2;
            }
            LedgerFile.Read r = LedgerFile.read(file);
            if (!r.ok()) {
                err.println("vouch: " + FileCollector.display(relativize(file)) + ": " + r.problem().message());
                return 2;
            }
            r.ledger().drafts().keySet().forEach(k -> drafts.add(root.resolve(k)));
        } else {
            FileCollector collector = new FileCollector(p -> false);
            paths.forEach(collector::add);
            for (FileCollector.Missing m : collector.missing()) {
                err.println("vouch: " + m.argument() + ": no such file, folder or matching draft");
                error = true;
            }
            collector.targets().forEach(t -> drafts.add(t.path()));
        }
        Map<Path, LedgerProblem> problems = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Path d : drafts) {
            Row row = row(linter, d, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        for (LedgerProblem p : problems.values()) {
            err.println("vouch: " + FileCollector.display(relativize(p.file())) + ": " + p.message());
            error = true;
        }
        if (format.equals("json")) {
            json(rows, problems, out);
        } else {
            text(rows, out);
        }
        out.flush();
        err.flush();
        if (error) {
            return 2;
        }
        return check && rows.stream().anyMatch(r -> r.applies() && !r.meets()) ? 1 : 0;
    }

    private Row row(Linter linter, Path path, Map<Path, LedgerProblem> problems) throws IOException {
        String text = Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
        LedgerRows.Row r = LedgerRows.of(linter, path, text);
        if (r.problem() != null) {
            problems.putIfAbsent(r.ledgerFile(), r.problem());
        }
        return new Row(FileCollector.display(relativize(path)), r.key(), r.ledgerFile(), r.words(), r.editedMinutes(),
                r.requiredMinutesShown(), r.meets(), r.applies(), r.sessions(),
                r.lastEdit() == null ? null : r.lastEdit().toString(), r.changedSinceLastEdit(), String.join("; ", r.notes()));
    }

    private static void text(List<Row> rows, PrintWriter out) {
        int width = Math.max(5, rows.stream().mapToInt(r -> r.path().length()).max().orElse(5));
        out.printf(Locale.ROOT, "%-" + width + "s  %7s  %6s  %8s  %-5s  %s%n", "DRAFT", "WORDS", "EDITED", "REQUIRED",
                "MEETS", "NOTE");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-" + width + "s  %,7d  %6s  %8s  %-5s  %s%n", r.path(), r.words(),
                    String.format(Locale.ROOT, "%.1f", EditingTime.editedMinutesShownTenths(r.editedMinutes())), r.requiredMinutes(),
                    r.meets() ? "yes" : "no", r.note());
        }
        long applying = rows.stream().filter(Row::applies).count();
        long short_ = rows.stream().filter(r -> r.applies() && !r.meets()).count();
        out.printf(Locale.ROOT, "%d draft%s; the editing-time policy applies to %d, %d of them short (minutes)%n",
                rows.size(), rows.size() == 1 ? "" : "s", applying, short_);
    }

    private static void json(List<Row> rows, Map<Path, LedgerProblem> problems, PrintWriter out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("version", 1);
        ArrayNode arr = root.putArray("drafts");
        for (Row r : rows) {
            ObjectNode o = arr.addObject();
            o.put("path", r.path());
            o.put("key", r.key());
            o.put("ledger", FileCollector.display(relativize(r.ledger())));
            o.put("words", r.words());
            o.put("editedMinutes", EditingTime.editedMinutesShownTenths(r.editedMinutes()));
            o.put("requiredMinutes", r.requiredMinutes());
            o.put("meets", r.meets());
            o.put("applies", r.applies());
            o.put("sessions", r.sessions());
            o.put("lastEdit", r.lastEdit());
            o.put("changedSinceLastEdit", r.changed());
            o.put("note", r.note());
        }
        ArrayNode ps = root.putArray("problems");
        for (LedgerProblem p : problems.values()) {
            ps.addObject().put("file", FileCollector.display(relativize(p.file()))).put("kind", p.kind().name().toLowerCase(Locale.ROOT))
                    .put("message", p.message());
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static Path relativize(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
