package dev.vouch.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.config.ConfigProblem;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.Severity;
import dev.vouch.text.LineMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON report other tools read. Its documented fields are a contract: fields may be added, never
 * renamed or removed. Lines and columns are 1-based, columns in UTF-16 code units.
 */
public final class JsonFormat implements ReportFormat {
    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void write(Report report, PrintWriter out) {
        write(tree(report, true), out);
    }

    /**
     * Writes a report tree to {@code out} as it is serialised (never as one string): a 5 MB draft has
     * over 100,000 findings, and the report held whole in memory did not fit a 512 MB heap.
     */
    static void write(JsonNode tree, PrintWriter out) {
        try {
            JSON.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    public static ObjectNode tree(Report report) {
        return tree(report, false);
    }

    /** The report; with {@code lazy}, the diagnostics arrays are built one element at a time as they are written. */
    static ObjectNode tree(Report report, boolean lazy) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("tool", "vouch");
        root.put("toolVersion", report.version());
        ArrayNode files = root.putArray("files");
        for (FileReport f : report.files()) {
            ObjectNode file = files.addObject();
            file.put("path", f.path());
            if (f.result() == null) {
                file.put("words", 0);
                file.putArray("diagnostics");
                file.put("skipped", f.skipped());
                continue;
            }
            file.put("words", f.result().draft().words());
            LineMap lines = f.result().draft().lines();
            Function<Finding, JsonNode> diagnostic = d -> diagnostic(d, report.registry().get(d.ruleId()), lines);
            if (lazy) {
                file.putPOJO("diagnostics", new LazyArray<>(f.result().findings(), diagnostic));
            } else {
                ArrayNode diags = file.putArray("diagnostics");
                f.result().findings().forEach(d -> diags.add(diagnostic.apply(d)));
            }
            ObjectNode metrics = file.putObject("metrics");
            f.result().metrics().forEach((k, v) -> metrics.set(k, JSON.valueToTree(v)));
            if (!f.result().problems().isEmpty()) {
                ArrayNode problems = file.putArray("configProblems");
                for (ConfigProblem p : f.result().problems()) {
                    ObjectNode o = problems.addObject();
                    o.put("file", p.file() == null ? null : p.file().toString());
                    o.put("line", p.line());
                    o.put("column", p.column());
                    o.put("message", p.message());
                }
            }
            if (!f.result().errors().isEmpty()) {
                ArrayNode errors = file.putArray("ruleErrors");
                f.result().errors().forEach(errors::add);
            }
            if (!f.fixed().isEmpty()) {
                ArrayNode fixed = file.putArray("fixed");
                f.fixed().forEach(fixed::add);
            }
            if (f.writeError() != null) {
                file.put("fixWriteError", f.writeError());
            }
        }
        List<Report.Problem> problems = report.configProblems();
        if (!problems.isEmpty()) {
            // The run's problems once each, files as the CLI names them (each file's configProblems repeats
            // the ones that apply to it, with absolute paths).
            ArrayNode all = root.putArray("configProblems");
            for (Report.Problem p : problems) {
                all.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
                        .put("message", p.message());
            }
        }
        Map<Severity, Long> c = report.counts();
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.checkedFiles());
        summary.put("errors", c.get(Severity.ERROR));
        summary.put("warnings", c.get(Severity.WARNING));
        summary.put("infos", c.get(Severity.INFO));
        summary.put("hints", c.get(Severity.HINT));
        long skipped = report.files().stream().filter(f -> f.result() == null).count();
        if (skipped > 0) {
            summary.put("skipped", skipped);
        }
        return root;
    }

    static ObjectNode diagnostic(Finding d, RuleDescriptor rule, LineMap lines) {
        ObjectNode o = JSON.createObjectNode();
        int[] r = Report.range(lines, d.span());
        o.put("ruleId", d.ruleId());
        o.put("category", rule == null ? d.ruleId().substring(0, d.ruleId().indexOf('.')) : rule.category().id());
        o.put("severity", d.severity().id());
        o.put("message", d.message());
        o.put("line", r[0]);
        o.put("column", r[1]);
        o.put("endLine", r[2]);
        o.put("endColumn", r[3]);
        ArrayNode fixes = o.putArray("fixes");
        for (Fix fix : d.fixes()) {
            ObjectNode fo = fixes.addObject();
            fo.put("title", fix.title());
            ArrayNode edits = fo.putArray("edits");
            for (Edit e : fix.edits()) {
                int[] er = Report.range(lines, e.span());
                ObjectNode eo = edits.addObject();
                eo.put("line", er[0]);
                eo.put("column", er[1]);
                eo.put("endLine", er[2]);
                eo.put("endColumn", er[3]);
                eo.put("newText", e.newText());
                if (e.isSnippet()) {
                    eo.put("snippet", e.snippet());
                }
            }
            fo.put("safe", fix.safe());
            if (fix.command() != null) {
                ObjectNode co = fo.putObject("command");
                co.put("id", fix.command().id());
                ArrayNode args = co.putArray("arguments");
                fix.command().arguments().forEach(args::add);
            }
        }
        if (d.evidence() != null) {
            o.put("evidence", d.evidence());
        }
        return o;
    }

    /** A JSON array whose elements are made from {@code items} one at a time, while it is written. */
    record LazyArray<T>(List<T> items, Function<T, JsonNode> element) implements JsonSerializable {
        @Override
        public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartArray();
            for (T item : items) {
                JsonNode n = element.apply(item);
                if (n != null) {
                    ((JsonSerializable) n).serialize(g, provider);
                }
            }
            g.writeEndArray();
        }

        @Override
        public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            WritableTypeId id = typeSer.writeTypePrefix(g, typeSer.typeId(this, com.fasterxml.jackson.core.JsonToken.START_ARRAY));
            serialize(g, provider);
            typeSer.writeTypeSuffix(g, id);
        }
    }
}
