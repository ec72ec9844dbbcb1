package dev.vouch.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.rule.Category;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one configuration object against the registry and turns it into a {@link Layer}. Every
 * problem is recorded with its place and the bad entry is skipped; the rest of the file still applies.
 */
final class LayerReader {
    static final Set<String> TOP_LEVEL_KEYS = Set.of("$schema", "extends", "rules", "options", "words", "ignore",
            "title", "description", "date", "source", "supersededBy");

    private final RuleRegistry registry;
    private final Map<String, OptionSpec<?>> globalOptions;

    LayerReader(RuleRegistry registry) {
        this.registry = registry;
        this.globalOptions = registry.globalOptions();
    }

    /** The {@code extends} entries of a configuration object, validated for shape only. */
    List<String> extendsOf(Jsonc.Document doc, List<ConfigProblem> problems) {
        JsonNode ext = doc.root().get("extends");
        List<String> out = new ArrayList<>();
        if (ext == null) {
            return out;
        }
        if (ext.isTextual()) {
            out.add(ext.asText());
        } else if (ext.isArray()) {
            for (int i = 0; i < ext.size(); i++) {
                if (ext.get(i).isTextual()) {
                    out.add(ext.get(i).asText());
                } else {
                    problems.add(doc.problem("/extends/" + i, "\"extends\" entries must be strings"));
                }
            }
        } else {
            problems.add(doc.problem("/extends", "\"extends\" must be a string or a list of strings"));
        }
        return out;
    }

    Layer read(Jsonc.Document doc, String source, Path baseDir, List<ConfigProblem> problems) {
        JsonNode root = doc.root();
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        List<String> words = new ArrayList<>();
        List<String> ignore = new ArrayList<>();
        if (!root.isObject()) {
            problems.add(doc.problem("", "a configuration must be a JSON object"));
            return new Layer(source, rules, options, words, ignore, baseDir);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                problems.add(doc.problem("/" + key, "unknown setting \"" + key + "\" (known: extends, rules, options, "
                        + "words, ignore)"));
            }
        }
        readRules(doc, rules, problems);
        readOptions(doc, options, problems);
        readStrings(doc, "words", words, problems);
        readStrings(doc, "ignore", ignore, problems);
        return new Layer(source, rules, options, words, ignore, baseDir);
    }

    private void readRules(Jsonc.Document doc, Map<String, RuleSetting> rules, List<ConfigProblem> problems) {
        JsonNode node = doc.root().get("rules");
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            problems.add(doc.problem("/rules", "\"rules\" must be an object of rule ids to settings"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String at = "/rules/" + id.replace("~", "~0").replace("/", "~1");
            RuleDescriptor rule = registry.get(id);
            if (rule == null && Category.fromId(id) == null) {
                problems.add(doc.problem(at, "unknown rule \"" + id + "\"" + suggestion(id)));
                continue;
            }
            RuleSetting s = ruleSetting(doc, at, rule, e.getValue(), problems);
            if (s != null) {
                rules.put(id, s);
            }
        }
    }

    private RuleSetting ruleSetting(Jsonc.Document doc, String at, RuleDescriptor rule, JsonNode v,
                                    List<ConfigProblem> problems) {
        if (v.isBoolean()) {
            return new RuleSetting(v.asBoolean(), null, null);
        }
        if (v.isTextual()) {
            return severityWord(doc, at, v.asText(), problems);
        }
        if (!v.isObject()) {
            problems.add(doc.problem(at, "a rule setting must be \"off\", \"on\", a severity "
                    + "(error, warning, info, hint) or an object"));
            return null;
        }
        Boolean enabled = null;
        Severity severity = null;
        ObjectNode opts = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            String fat = at + "/" + key;
            if (key.equals("severity")) {
                if (f.getValue().isBoolean()) {
                    enabled = f.getValue().asBoolean();
                    continue;
                }
                RuleSetting sev = f.getValue().isTextual() ? severityWord(doc, fat, f.getValue().asText(), problems) : null;
                if (sev == null) {
                    if (!f.getValue().isTextual()) {
                        problems.add(doc.problem(fat, "\"severity\" must be off, on, error, warning, info or hint"));
                    }
                    continue;
                }
                enabled = sev.enabled();
                severity = sev.severity();
                continue;
            }
            if (rule == null) {
                problems.add(doc.problem(fat, "a category entry takes only \"severity\"; set options on a rule"));
                continue;
            }
            OptionSpec<?> spec = rule.options().stream().filter(o -> !o.isGlobal() && o.name().equals(key))
                    .findFirst().orElse(null);
            if (spec == null) {
                problems.add(doc.problem(fat, "rule " + rule.id() + " has no option \"" + key + "\""
                        + knownOptions(rule)));
                continue;
            }
            String problem = spec.problem(f.getValue());
            if (problem != null) {
                problems.add(doc.problem(fat, problem));
                continue;
            }
            opts.set(key, f.getValue());
        }
        return new RuleSetting(enabled, severity, opts);
    }

    private static RuleSetting severityWord(Jsonc.Document doc, String at, String word, List<ConfigProblem> problems) {
        String w = word.trim().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("off")) {
            return new RuleSetting(false, null, null);
        }
        if (w.equals("on")) {
            return new RuleSetting(true, null, null);
        }
        Severity s = Severity.parse(w);
        if (s == null) {
            problems.add(doc.problem(at, "\"" + word + "\" is not off, on, error, warning, info or hint"));
            return null;
        }
        return new RuleSetting(true, s, null);
    }

    private void readOptions(Jsonc.Document doc, ObjectNode options, List<ConfigProblem> problems) {
        JsonNode node = doc.root().get("options");
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            problems.add(doc.problem("/options", "\"options\" must be an object"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/options/" + e.getKey();
            OptionSpec<?> spec = globalOptions.get(e.getKey());
            if (spec == null) {
                problems.add(doc.problem(at, "unknown option \"" + e.getKey() + "\" (known: "
                        + String.join(", ", globalOptions.keySet()) + ")"));
                continue;
            }
            String problem = spec.problem(e.getValue());
            if (problem != null) {
                problems.add(doc.problem(at, problem));
                continue;
            }
            options.set(e.getKey(), e.getValue());
        }
    }

    private static void readStrings(Jsonc.Document doc, String key, List<String> out, List<ConfigProblem> problems) {
        JsonNode node = doc.root().get(key);
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            problems.add(doc.problem("/" + key, "\"" + key + "\" must be a list of strings"));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isTextual()) {
                out.add(node.get(i).asText());
            } else {
                problems.add(doc.problem("/" + key + "/" + i, "\"" + key + "\" entries must be strings"));
            }
        }
    }

    private String suggestion(String id) {
        if (id.equals("policy.unverified-claims")) {
            // named in LessWrong's 2025 guideline and in our issue tracker, but kept as preset data
            return "; the LessWrong presets raise the \"claims\" category to warning instead of a rule of "
                    + "their own: set \"claims\" to change it (docs/policies.md)";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RuleDescriptor d : registry.all()) {
            int dist = distance(id, d.id());
            if (dist < bestDistance) {
                bestDistance = dist;
                best = d.id();
            }
        }
        return best != null && bestDistance <= Math.max(3, id.length() / 4) ? "; did you mean \"" + best + "\"?"
                : "; `vouch rules` lists them";
    }

    private static String knownOptions(RuleDescriptor rule) {
        List<String> names = rule.options().stream().filter(o -> !o.isGlobal()).map(OptionSpec::name).toList();
        return names.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", names) + ")";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
