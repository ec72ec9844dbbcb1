package dev.vouch.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vouch.config.ConfigException;
import dev.vouch.config.ConfigLoader;
import dev.vouch.config.ConfigProblem;
import dev.vouch.config.Jsonc;
import dev.vouch.config.Layer;
import dev.vouch.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code vouch} settings section of the editor (docs/lsp.md), turned into configuration layers:
 * {@code vouch.preset} under the project's {@code .vouch.json}, {@code vouch.rules},
 * {@code vouch.grammar.language} and {@code vouch.wordsPerMinute} above it (a draft's front matter still
 * has the last word). Unknown or malformed values are reported as problems and otherwise ignored.
 */
final class EditorSettings {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SOURCE = "editor settings";

    final String preset;
    final boolean grammarEnabled;
    final boolean ledgerEnabled;
    final List<ConfigProblem> problems;
    private final List<Layer> presetLayers;
    private final List<Layer> topLayers;
    private final String fingerprint;
    private final Map<Path, Extends> extendsCache = new ConcurrentHashMap<>();

    private record Extends(FileTime mtime, long size, boolean explicit) {}

    private EditorSettings(String preset, boolean grammarEnabled, boolean ledgerEnabled, List<Layer> presetLayers,
                           List<Layer> topLayers, List<ConfigProblem> problems, String fingerprint) {
        this.preset = preset;
        this.grammarEnabled = grammarEnabled;
        this.ledgerEnabled = ledgerEnabled;
        this.presetLayers = List.copyOf(presetLayers);
        this.topLayers = List.copyOf(topLayers);
        this.problems = List.copyOf(problems);
        this.fingerprint = fingerprint;
    }

    static EditorSettings defaults(ConfigLoader loader) {
        return from(null, loader);
    }

    /** Reads a JSON text (Gson's or any other) of the {@code vouch} section; null or not an object: defaults. */
    static EditorSettings fromJson(String json, ConfigLoader loader) {
        if (json == null || json.isBlank()) {
            return from(null, loader);
        }
        try {
            return from(JSON.readTree(json), loader);
        } catch (IOException e) {
            return from(null, loader);
        }
    }

    static EditorSettings from(JsonNode section, ConfigLoader loader) {
        ObjectNode s = normalise(section);
        List<ConfigProblem> problems = new ArrayList<>();
        String preset = text(s, "preset", problems);
        boolean grammar = bool(s.path("grammar"), "enabled", "vouch.grammar.enabled", true, problems);
        boolean ledger = bool(s.path("ledger"), "enabled", "vouch.ledger.enabled", true, problems);
        String language = text(s.path("grammar"), "language", problems);
        int wpm = 0;
        JsonNode w = s.get("wordsPerMinute");
        if (w != null && !w.isNull()) {
            if (w.isNumber() && w.asDouble() >= 0) {
                wpm = (int) Math.round(w.asDouble());
            } else {
                problems.add(problem("vouch.wordsPerMinute must be a number (0 keeps the configured one)"));
            }
        }

        List<Layer> presetLayers = new ArrayList<>();
        if (preset != null && !preset.isBlank()) {
            String name = preset.strip().startsWith("vouch:") ? preset.strip() : "vouch:" + preset.strip();
            ObjectNode doc = JsonNodeFactory.instance.objectNode();
            doc.putArray("extends").add(name);
            List<ConfigProblem> p = new ArrayList<>();
            presetLayers.addAll(loader.layersOf(new Jsonc.Document(doc, Map.of(), null), SOURCE + " (preset)", null, p));
            p.forEach(x -> problems.add(problem("vouch.preset: " + x.message())));
        }

        ObjectNode top = JsonNodeFactory.instance.objectNode();
        JsonNode rules = s.get("rules");
        if (rules != null && !rules.isNull()) {
            if (rules.isObject()) {
                top.set("rules", rules);
            } else {
                problems.add(problem("vouch.rules must be an object like .vouch.json \"rules\""));
            }
        }
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        if (language != null && !language.isBlank()) {
            options.put("language", language.strip());
        }
        if (wpm > 0) {
            options.put("wordsPerMinute", wpm);
        }
        if (!options.isEmpty()) {
            top.set("options", options);
        }
        List<Layer> topLayers = new ArrayList<>();
        if (!top.isEmpty()) {
            List<ConfigProblem> p = new ArrayList<>();
            topLayers.addAll(loader.layersOf(new Jsonc.Document(top, Map.of(), null), SOURCE, null, p));
            p.forEach(x -> problems.add(problem(x.message().startsWith("unknown option")
                    ? "vouch.grammar.language / vouch.wordsPerMinute: " + x.message() : "vouch.rules: " + x.message())));
        }
        String fp = Objects.toString(preset) + '\u0000' + top + '\u0000' + grammar;
        return new EditorSettings(preset, grammar, ledger, presetLayers, topLayers, problems, fp);
    }

    /**
     * Accepts the section as editors send it: nested ({@code {"grammar": {"enabled": false}}}), with
     * dotted keys ({@code {"grammar.enabled": false}}), or wrapped ({@code {"vouch": {...}}}).
     */
    private static ObjectNode normalise(JsonNode section) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (section == null || !section.isObject()) {
            return out;
        }
        JsonNode s = section.has("vouch") && section.get("vouch").isObject() ? section.get("vouch") : section;
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().startsWith("vouch.") ? e.getKey().substring("vouch.".length()) : e.getKey();
            int dot = key.indexOf('.');
            if (dot > 0 && !key.equals("rules")) {
                String group = key.substring(0, dot);
                JsonNode g = out.get(group);
                ObjectNode go = g instanceof ObjectNode o ? o : out.putObject(group);
                go.set(key.substring(dot + 1), e.getValue());
            } else if (e.getValue().isObject() && out.get(key) instanceof ObjectNode existing && !key.equals("rules")) {
                existing.setAll((ObjectNode) e.getValue());
            } else {
                out.set(key, e.getValue());
            }
        }
        return out;
    }

    private static String text(JsonNode s, String key, List<ConfigProblem> problems) {
        JsonNode n = s.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            problems.add(problem("vouch." + key + " must be a string"));
            return null;
        }
        return n.asText();
    }

    private static boolean bool(JsonNode s, String key, String name, boolean dflt, List<ConfigProblem> problems) {
        JsonNode n = s.get(key);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isBoolean()) {
            problems.add(problem(name + " must be true or false"));
            return dflt;
        }
        return n.asBoolean();
    }

    private static ConfigProblem problem(String message) {
        return new ConfigProblem(null, 0, 0, "editor setting " + message);
    }

    /**
     * The folder's settings with the editor's layers: the preset right above the implicit
     * {@code vouch:recommended} when the project names no preset of its own (else under everything, so
     * the project's choice wins), the rest on top.
     */
    Settings apply(Settings s) {
        if (presetLayers.isEmpty() && topLayers.isEmpty()) {
            return s;
        }
        List<Layer> layers = new ArrayList<>(s.layers());
        int at = 0;
        if (!layers.isEmpty() && layers.get(0).source().equals(ConfigLoader.DEFAULT_PRESET)
                && (s.file() == null || !explicitExtends(s.file()))) {
            at = 1;
        }
        layers.addAll(at, presetLayers);
        layers.addAll(topLayers);
        return new Settings(layers, s.root(), s.file(), s.problems());
    }

    private boolean explicitExtends(Path file) {
        try {
            FileTime mtime = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Extends e = extendsCache.get(file);
            if (e == null || !e.mtime().equals(mtime) || e.size() != size) {
                boolean explicit;
                try {
                    explicit = Jsonc.parse(Files.readString(file, StandardCharsets.UTF_8), file).root().has("extends");
                } catch (ConfigException ex) {
                    explicit = false;
                }
                e = new Extends(mtime, size, explicit);
                extendsCache.put(file, e);
            }
            return e.explicit();
        } catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    /** Equal for settings that check drafts the same way. */
    String fingerprint() {
        return fingerprint;
    }
}
