package dev.vouch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.docs.ConfigSchema;
import dev.vouch.docs.RuleDocs;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vouch rules}: every rule with id, category, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists every rule: id, category, default severity and summary.",
                "--format markdown prints docs/rules.md; --format schema the .vouch.json JSON Schema."})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown or schema (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RuleRegistry registry = RuleRegistry.standard();
        switch (format) {
            case "text" -> {
                int width = registry.all().stream().mapToInt(d -> d.id().length()).max().orElse(10);
                for (RuleDescriptor d : registry.all()) {
                    out.printf("%-" + width + "s  %-9s  %-7s  %s%s%n", d.id(), d.category().id(),
                            d.defaultSeverity().id(), d.summary(), d.enabledByDefault() ? "" : " (off by default)");
                }
            }
            case "markdown" -> out.print(RuleDocs.document(registry));
            case "schema" -> out.print(ConfigSchema.generate(registry));
            case "json" -> {
                ObjectMapper json = new ObjectMapper();
                ArrayNode arr = json.createArrayNode();
                for (RuleDescriptor d : registry.all()) {
                    ObjectNode o = arr.addObject();
                    o.put("id", d.id());
                    o.put("category", d.category().id());
                    o.put("severity", d.defaultSeverity().id());
                    o.put("summary", d.summary());
                    o.put("enabledByDefault", d.enabledByDefault());
                    o.put("stage", d.stage().name().toLowerCase(java.util.Locale.ROOT));
                    o.put("explanation", d.explanation());
                }
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            }
            default -> {
                spec.commandLine().getErr().println("vouch rules: unknown --format \"" + format
                        + "\" (text, json, markdown, schema)");
                return 2;
            }
        }
        out.flush();
        return 0;
    }
}
