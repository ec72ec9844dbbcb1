package dev.vouch.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.draft.Draft;
import dev.vouch.draft.FrontMatter;
import dev.vouch.rule.CoreOptions;
import dev.vouch.rule.OptionSpec;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.Severity;
import dev.vouch.text.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration for one draft: its folder's {@link Settings} with the draft's own front matter
 * ({@code vouch:} in the same shape as {@code .vouch.json}, and {@code lang:}) on top. Answers which
 * rules run, at what severity, and with which options.
 */
public final class ResolvedConfig {
    private final List<Layer> layers;
    private final List<ConfigProblem> problems;
    private final Path root;
    private final String language;
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    private volatile List<String> words;

    private ResolvedConfig(List<Layer> layers, List<ConfigProblem> problems, Path root, String language) {
        this.layers = List.copyOf(layers);
        this.problems = List.copyOf(problems);
        this.root = root;
        this.language = language;
    }

    /** The settings alone, for a draft without front matter. */
    public static ResolvedConfig of(Settings settings) {
        return new ResolvedConfig(settings.layers(), settings.problems(), settings.root(), null);
    }

    public static ResolvedConfig forDraft(Settings settings, Draft draft, ConfigLoader loader) {
        FrontMatter fm = draft.frontMatter();
        List<Layer> layers = new ArrayList<>(settings.layers());
        List<ConfigProblem> problems = new ArrayList<>(settings.problems());
        Path file = draft.path();
        if (fm.error() != null) {
            Position p = draft.lines().position(Math.max(0, fm.errorOffset()));
            problems.add(new ConfigProblem(file, p.line() + 1, p.column() + 1, fm.error()));
        }
        JsonNode vouch = fm.get("vouch");
        if (!vouch.isMissingNode() && !vouch.isNull()) {
            int keyOffset = fm.keyOffset(draft.source(), "vouch");
            Jsonc.Document doc = new Jsonc.Document(vouch, yamlLocations(draft, keyOffset), file);
            List<ConfigProblem> fmProblems = new ArrayList<>();
            if (!vouch.isObject()) {
                fmProblems.add(doc.problem("", "front matter \"vouch:\" must be a mapping like .vouch.json"));
            } else {
                layers.addAll(loader.layersOf(doc, "front matter", file == null ? null : file.getParent(), fmProblems));
            }
            for (ConfigProblem p : fmProblems) {
                problems.add(new ConfigProblem(file, p.line(), p.column(), "front matter vouch: " + p.message()));
            }
        }
        String lang = fm.string("lang");
        return new ResolvedConfig(layers, problems, settings.root(), lang);
    }

    private static final java.util.regex.Pattern YAML_KEY = java.util.regex.Pattern.compile(
            "^(\"[^\"]*\"|'[^']*'|[^\\s#\"'][^:#]*?)\\s*:(?:\\s|$)");

    /**
     * Where each value of the front matter's {@code vouch:} mapping starts (JSON pointer to 1-based line and
     * column), read from the block-style YAML under the key line, so that a problem points at the offending
     * key or list entry rather than at {@code vouch:}. Flow-style values ({@code {a: b}}) point at their key.
     */
    static Map<String, int[]> yamlLocations(Draft draft, int keyOffset) {
        Map<String, int[]> out = new java.util.HashMap<>();
        String src = draft.source();
        int keyLine = draft.lines().lineOf(keyOffset);
        Position at = draft.lines().position(keyOffset);
        out.put("", new int[] {at.line() + 1, at.column() + 1});
        int end = draft.frontMatter().yamlSpan().end();
        java.util.Deque<Object[]> stack = new java.util.ArrayDeque<>(); // {indent, pointer}
        stack.push(new Object[] {at.column(), ""});
        Map<String, Integer> nextIndex = new java.util.HashMap<>();
        for (int l = keyLine + 1; l < draft.lines().lineCount(); l++) {
            int start = draft.lines().lineStart(l);
            if (start >= end) {
                break;
            }
            String line = src.substring(start, draft.lines().lineEnd(l, src));
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(content.charAt(0));
            if (indent <= at.column()) {
                break; // the vouch: mapping ended
            }
            while (stack.size() > 1 && (int) stack.peek()[0] >= indent) {
                stack.pop();
            }
            String parent = (String) stack.peek()[1];
            if (content.startsWith("- ") || content.equals("-")) {
                int i = nextIndex.merge(parent, 1, Integer::sum) - 1;
                String item = parent + "/" + i;
                out.put(item, new int[] {l + 1, indent + 1});
                stack.push(new Object[] {indent, item});
                String rest = content.substring(1).strip();
                java.util.regex.Matcher m = YAML_KEY.matcher(rest);
                if (m.find()) {
                    int col = indent + (content.length() - rest.length());
                    String child = item + "/" + pointerSegment(m.group(1));
                    out.put(child, new int[] {l + 1, col + 1});
                    stack.push(new Object[] {col, child});
                }
                continue;
            }
            java.util.regex.Matcher m = YAML_KEY.matcher(content);
            if (m.find()) {
                String child = parent + "/" + pointerSegment(m.group(1));
                out.put(child, new int[] {l + 1, indent + 1});
                stack.push(new Object[] {indent, child});
            }
        }
        return out;
    }

    private static String pointerSegment(String key) {
        String k = key.strip();
        if (k.length() >= 2 && (k.startsWith("\"") || k.startsWith("'")) && k.endsWith(k.substring(0, 1))) {
            k = k.substring(1, k.length() - 1);
        }
        return k.replace("~", "~0").replace("/", "~1");
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    /** The folder of the configuration file, or null when no file applies. */
    public Path root() {
        return root;
    }

    /** The rule's severity for this draft, or null when it is off. */
    public Severity severity(RuleDescriptor rule) {
        boolean on = rule.enabledByDefault();
        Severity sev = rule.defaultSeverity();
        String category = rule.category().id();
        for (Layer layer : layers) {
            for (String key : new String[] {category, rule.id()}) {
                RuleSetting s = layer.rules().get(key);
                if (s == null) {
                    continue;
                }
                if (s.enabled() != null) {
                    on = s.enabled();
                }
                if (s.severity() != null) {
                    sev = s.severity();
                }
            }
        }
        return on ? sev : null;
    }

    public boolean isEnabled(RuleDescriptor rule) {
        return severity(rule) != null;
    }

    /** A global option, or a rule option of {@code ruleId}, as configured (later layers win). */
    public <T> T option(OptionSpec<T> spec, String ruleId) {
        if (spec.isGlobal() && spec.name().equals(CoreOptions.LANGUAGE.name()) && language != null) {
            String lang = frontMatterLanguage(language);
            if (lang != null) {
                return spec.read(com.fasterxml.jackson.databind.node.TextNode.valueOf(lang));
            }
        }
        JsonNode value = raw(spec, ruleId);
        return spec.read(value);
    }

    private static final java.util.regex.Pattern LANGUAGE_TAG =
            java.util.regex.Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    /**
     * Front matter {@code lang:} as the language option: one of the option's values, whatever its case
     * or separator ({@code en_gb} is {@code en-GB}); any other language tag as written ({@code de},
     * {@code fr-CA}), so that language-aware rules can leave a draft in another language alone; null for
     * something that is not a language tag (the configured language then applies).
     */
    static String frontMatterLanguage(String lang) {
        String l = lang.strip();
        if (!LANGUAGE_TAG.matcher(l).matches()) {
            return null;
        }
        String dashed = l.replace('_', '-');
        for (String known : CoreOptions.LANGUAGE.allowed()) {
            if (known.equalsIgnoreCase(dashed)) {
                return known;
            }
        }
        return dashed;
    }

    private JsonNode raw(OptionSpec<?> spec, String ruleId) {
        JsonNode value = null;
        for (Layer layer : layers) {
            ObjectNode from;
            if (spec.isGlobal()) {
                from = layer.options();
            } else {
                RuleSetting s = ruleId == null ? null : layer.rules().get(ruleId);
                from = s == null ? null : s.options();
            }
            if (from != null && from.has(spec.name())) {
                value = from.get(spec.name());
            }
        }
        return value;
    }

    /** Dictionary words from every layer and the project dictionary file. */
    public List<String> words() {
        List<String> w = words;
        if (w == null) {
            Set<String> all = new LinkedHashSet<>();
            for (Layer layer : layers) {
                all.addAll(layer.words());
            }
            w = List.copyOf(all);
            words = w;
        }
        return w;
    }

    /**
     * Everything that can change a rule's findings apart from the text: its options, the global options
     * and the words. Block findings are cached under it.
     */
    public String fingerprint(RuleDescriptor rule) {
        return fingerprints.computeIfAbsent(rule.id(), id -> {
            StringBuilder b = new StringBuilder();
            for (Layer layer : layers) {
                b.append(layer.options());
                RuleSetting s = layer.rules().get(id);
                if (s != null && s.options() != null) {
                    b.append(s.options());
                }
            }
            b.append(language).append(words().hashCode());
            return b.toString();
        });
    }

    /** Source names of the layers, in order ("vouch:recommended", "/work/.vouch.json", "front matter"). */
    public List<String> sources() {
        return layers.stream().map(Layer::source).toList();
    }

    /** Preset names in effect, in order ("recommended", "lesswrong"). */
    public List<String> presets() {
        return layers.stream().map(Layer::source).filter(s -> s.startsWith("vouch:"))
                .map(s -> s.substring("vouch:".length())).distinct().toList();
    }
}
