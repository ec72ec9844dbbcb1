package dev.vouch.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.rule.Finding;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.Severity;
import dev.vouch.docs.RuleDocs;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule with its help text in
 * {@code tool.driver.rules}, results with regions (columns in UTF-16 code units, declared by
 * {@code columnKind}) and artifact URIs relative to the working directory.
 */
public final class SarifFormat implements ReportFormat {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(Report report, PrintWriter out) {
        JsonFormat.write(tree(report, true), out); // streamed: see JsonFormat.write
    }

    public static ObjectNode tree(Report report) {
        return tree(report, false);
    }

    /** The SARIF log; with {@code lazy}, the results are built one at a time as they are written. */
    static ObjectNode tree(Report report, boolean lazy) {
        ObjectNode root = JsonFormat.JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "vouch");
        driver.put("semanticVersion", report.version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        List<RuleDescriptor> all = report.registry().all();
        for (RuleDescriptor d : all) {
            index.put(d.id(), index.size());
            ObjectNode r = rules.addObject();
            r.put("id", d.id());
            r.put("name", camel(d.id()));
            r.putObject("shortDescription").put("text", d.summary());
            r.putObject("fullDescription").put("text", RuleDocs.plain(d.explanation()));
            ObjectNode help = r.putObject("help");
            help.put("text", RuleDocs.plain(d.explanation()));
            help.put("markdown", RuleDocs.markdown(d));
            r.putObject("defaultConfiguration").put("level", level(d.defaultSeverity()));
            r.putObject("properties").putArray("tags").add(d.category().id());
        }
        List<Report.Problem> problems = report.configProblems();
        if (!problems.isEmpty()) {
            // Where SARIF puts a tool's configuration problems (§3.20.22): notifications of the invocation.
            ObjectNode invocation = run.putArray("invocations").addObject();
            invocation.put("executionSuccessful", false);
            ArrayNode notes = invocation.putArray("toolConfigurationNotifications");
            for (Report.Problem p : problems) {
                ObjectNode n = notes.addObject();
                n.putObject("descriptor").put("id", "vouch.config");
                n.put("level", "error");
                n.putObject("message").put("text", p.message());
                ObjectNode phys = n.putArray("locations").addObject().putObject("physicalLocation");
                phys.putObject("artifactLocation").put("uri", uri(p.file()));
                if (p.line() > 0) {
                    ObjectNode region = phys.putObject("region");
                    region.put("startLine", p.line());
                    if (p.column() > 0) {
                        region.put("startColumn", p.column());
                    }
                }
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        List<Result> found = new ArrayList<>();
        for (FileReport f : report.files()) {
            if (f.result() != null) {
                f.result().findings().forEach(d -> found.add(new Result(f, d)));
            }
        }
        if (lazy) {
            run.putPOJO("results", new JsonFormat.LazyArray<>(found, r -> result(r, index)));
        } else {
            ArrayNode results = run.putArray("results");
            found.forEach(r -> results.add(result(r, index)));
        }
        return root;
    }

    private record Result(FileReport file, Finding finding) {}

    private static ObjectNode result(Result found, Map<String, Integer> index) {
        Finding d = found.finding();
        int[] r = Report.range(found.file().result().draft().lines(), d.span());
        ObjectNode res = JsonFormat.JSON.createObjectNode();
        res.put("ruleId", d.ruleId());
        Integer i = index.get(d.ruleId());
        if (i != null) {
            res.put("ruleIndex", i);
        }
        res.put("level", level(d.severity()));
        res.putObject("message").put("text", d.message());
        ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", uri(found.file().path()));
        ObjectNode region = phys.putObject("region");
        region.put("startLine", r[0]);
        region.put("startColumn", r[1]);
        region.put("endLine", r[2]);
        region.put("endColumn", r[3]);
        return res;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    /** A relative URI reference with forward slashes, each segment percent-encoded. */
    static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace('\\', '/');
        }
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (c == '.' || c == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
