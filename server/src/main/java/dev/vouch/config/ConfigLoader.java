package dev.vouch.config;

import dev.vouch.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and reads configuration. The nearest {@code .vouch.json} walking up from a draft's folder
 * applies (with what it extends); with none, {@code vouch:recommended} does. Files are re-read when
 * their modification time or size changes. A broken file never throws: its problems are returned in the
 * {@link Settings} and the parts that could be read still apply.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".vouch.json";
    public static final String DICTIONARY = ".vouch/dictionary.txt";
    public static final String DEFAULT_PRESET = "vouch:recommended";
    private static final int MAX_EXTENDS_DEPTH = 16;

    private record Cached(FileTime mtime, long size, FileTime dictMtime, Settings settings) {}

    /** System property naming the personal dictionary file; empty for none. */
    public static final String PERSONAL_DICTIONARY_PROPERTY = "vouch.personalDictionary";

    private record CachedWords(FileTime mtime, long size, List<String> words) {}

    private final RuleRegistry registry;
    private final LayerReader reader;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private final Path personalDictionary;
    private volatile CachedWords personalWords;

    /** A loader with the personal dictionary at its usual place (see {@link #personalDictionaryPath()}). */
    public ConfigLoader(RuleRegistry registry) {
        this(registry, personalDictionaryPath());
    }

    /** A loader whose personal dictionary is {@code personalDictionary} (null: none). */
    public ConfigLoader(RuleRegistry registry, Path personalDictionary) {
        this.registry = registry;
        this.reader = new LayerReader(registry);
        this.personalDictionary = personalDictionary;
    }

    /**
     * The writer's personal dictionary, one word a line, for every project: the system property
     * {@value #PERSONAL_DICTIONARY_PROPERTY} when set (empty for none), else
     * {@code $XDG_CONFIG_HOME/vouch/dictionary.txt}, else {@code ~/.config/vouch/dictionary.txt}.
     */
    public static Path personalDictionaryPath() {
        String prop = System.getProperty(PERSONAL_DICTIONARY_PROPERTY);
        if (prop != null) {
            return prop.isBlank() ? null : Path.of(prop);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "vouch", "dictionary.txt");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".config", "vouch", "dictionary.txt");
    }

    /** The personal dictionary this loader reads, or null. */
    public Path personalDictionary() {
        return personalDictionary;
    }

    public RuleRegistry registry() {
        return registry;
    }

    /** The configuration file that applies to drafts in {@code dir}, or null. */
    public static Path find(Path dir) {
        for (Path d = dir == null ? null : dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = d.resolve(FILE_NAME);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    /** Settings for drafts in {@code dir}. */
    public Settings forDirectory(Path dir) {
        Path f = find(dir);
        return f == null ? defaults() : load(f);
    }

    /** Settings with no configuration file: the recommended preset (and the personal dictionary). */
    public Settings defaults() {
        List<ConfigProblem> problems = new ArrayList<>();
        List<Layer> layers = new ArrayList<>();
        addExtends(List.of(DEFAULT_PRESET), null, null, layers, problems, new HashSet<>(), 0);
        return withPersonalWords(new Settings(layers, null, null, problems));
    }

    /** Settings from one configuration file (cached by modification time and size), with the personal dictionary. */
    public Settings load(Path file) {
        return withPersonalWords(loadFile(file));
    }

    /** The personal dictionary's words as a last layer (re-read when the file changes). */
    private Settings withPersonalWords(Settings s) {
        if (personalDictionary == null) {
            return s;
        }
        List<ConfigProblem> problems = new ArrayList<>();
        List<String> words = personalWords(problems);
        if (words.isEmpty() && problems.isEmpty()) {
            return s;
        }
        return s.with(new Layer(personalDictionary.toString(), Map.of(),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), words, List.of(), null),
                problems);
    }

    private List<String> personalWords(List<ConfigProblem> problems) {
        try {
            if (!Files.isRegularFile(personalDictionary)) {
                return List.of();
            }
            FileTime mtime = Files.getLastModifiedTime(personalDictionary);
            long size = Files.size(personalDictionary);
            CachedWords c = personalWords;
            if (c != null && c.mtime().equals(mtime) && c.size() == size) {
                return c.words();
            }
            List<String> words = readDictionary(personalDictionary, problems);
            personalWords = new CachedWords(mtime, size, words);
            return words;
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new ConfigProblem(personalDictionary, 0, 0, "cannot read the dictionary: " + e.getMessage()));
            return List.of();
        }
    }

    private Settings loadFile(Path file) {
        Path f = file.toAbsolutePath().normalize();
        try {
            FileTime mtime = Files.getLastModifiedTime(f);
            long size = Files.size(f);
            Path dict = f.getParent().resolve(DICTIONARY);
            FileTime dictMtime = Files.exists(dict) ? Files.getLastModifiedTime(dict) : null;
            Cached c = cache.get(f);
            if (c != null && c.mtime().equals(mtime) && c.size() == size
                    && java.util.Objects.equals(c.dictMtime(), dictMtime)) {
                return c.settings();
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Settings s = fromText(text, f);
            cache.put(f, new Cached(mtime, size, dictMtime, s));
            return s;
        } catch (IOException | java.io.UncheckedIOException e) {
            Settings d = defaults();
            return new Settings(d.layers(), f.getParent(), f,
                    List.of(new ConfigProblem(f, 0, 0, "cannot read the configuration: " + e.getMessage())));
        }
    }

    /** Forgets cached settings (the editor says a configuration file changed). */
    public void invalidate() {
        cache.clear();
    }

    /** Settings from configuration text, as if read from {@code file} (which need not exist). */
    public Settings fromText(String text, Path file) {
        Path dir = file == null ? null : file.toAbsolutePath().normalize().getParent();
        List<ConfigProblem> problems = new ArrayList<>();
        List<Layer> layers = new ArrayList<>();
        Jsonc.Document doc;
        try {
            doc = Jsonc.parse(text, file);
        } catch (ConfigException e) {
            problems.add(e.problem());
            addExtends(List.of(DEFAULT_PRESET), null, null, layers, problems, new HashSet<>(), 0);
            return new Settings(layers, dir, file, problems);
        }
        Set<String> seen = new HashSet<>();
        if (file != null) {
            seen.add(file.toAbsolutePath().normalize().toString());
        }
        addDocument(doc, file == null ? "configuration" : file.toString(), dir, layers, problems, seen, 0, true);
        if (dir != null) {
            List<String> dictWords = readDictionary(dir.resolve(DICTIONARY), problems);
            if (!dictWords.isEmpty()) {
                layers.add(new Layer(dir.resolve(DICTIONARY).toString(), Map.of(),
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), dictWords,
                        List.of(), dir));
            }
        }
        return new Settings(layers, dir, file, problems);
    }

    /**
     * A layer from an already-parsed object (a draft's {@code vouch:} front matter, editor settings), with
     * its presets first. Problems point into {@code doc}.
     */
    public List<Layer> layersOf(Jsonc.Document doc, String source, Path baseDir, List<ConfigProblem> problems) {
        List<Layer> layers = new ArrayList<>();
        addDocument(doc, source, baseDir, layers, problems, new HashSet<>(), 0, false);
        return layers;
    }

    private void addDocument(Jsonc.Document doc, String source, Path dir, List<Layer> layers,
                             List<ConfigProblem> problems, Set<String> seen, int depth, boolean implicitBase) {
        List<String> ext = doc.root().isObject() ? reader.extendsOf(doc, problems) : List.of();
        if (ext.isEmpty() && implicitBase) {
            ext = List.of(DEFAULT_PRESET);
        }
        addExtends(ext, doc, dir, layers, problems, seen, depth);
        layers.add(reader.read(doc, source, dir, problems));
    }

    private void addExtends(List<String> names, Jsonc.Document from, Path dir, List<Layer> layers,
                            List<ConfigProblem> problems, Set<String> seen, int depth) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String at = from != null && from.root().path("extends").isArray() ? "/extends/" + i : "/extends";
            if (depth >= MAX_EXTENDS_DEPTH) {
                problems.add(problem(from, at, "\"extends\" nests deeper than " + MAX_EXTENDS_DEPTH + " levels"));
                return;
            }
            if (!seen.add(name.startsWith("vouch:") ? name : resolve(dir, name).toString())) {
                problems.add(problem(from, at, "\"extends\" forms a cycle through " + name));
                continue;
            }
            if (name.startsWith("vouch:")) {
                String preset = name.substring("vouch:".length());
                String text = Presets.text(preset);
                if (text == null) {
                    problems.add(problem(from, at, "unknown preset \"" + name + "\" (known: "
                            + String.join(", ", Presets.names().stream().map(n -> "vouch:" + n).toList()) + ")"));
                    continue;
                }
                try {
                    addDocument(Jsonc.parse(text, null), name, null, layers, problems, seen, depth + 1, false);
                } catch (ConfigException e) {
                    throw new IllegalStateException("preset " + name + " is broken: " + e.getMessage());
                }
            } else {
                Path p = resolve(dir, name);
                try {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    addDocument(Jsonc.parse(text, p), p.toString(), p.getParent(), layers, problems, seen,
                            depth + 1, false);
                } catch (ConfigException e) {
                    problems.add(e.problem());
                } catch (IOException e) {
                    problems.add(problem(from, at, "cannot read \"" + name + "\": " + e.getMessage()));
                }
            }
        }
    }

    private static Path resolve(Path dir, String name) {
        Path p = Path.of(name);
        return (dir == null || p.isAbsolute() ? p : dir.resolve(p)).toAbsolutePath().normalize();
    }

    private static ConfigProblem problem(Jsonc.Document from, String at, String message) {
        return from == null ? new ConfigProblem(null, 0, 0, message) : from.problem(at, message);
    }

    private static List<String> readDictionary(Path dict, List<ConfigProblem> problems) {
        if (!Files.isRegularFile(dict)) {
            return List.of();
        }
        try {
            List<String> words = new ArrayList<>();
            for (String line : Files.readAllLines(dict, StandardCharsets.UTF_8)) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            return words;
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new ConfigProblem(dict, 0, 0, "cannot read the dictionary: " + e.getMessage()));
            return List.of();
        }
    }
}
