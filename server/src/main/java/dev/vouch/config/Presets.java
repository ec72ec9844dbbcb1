package dev.vouch.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vouch.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The presets that ship with Vouch: JSON files under {@code dev/vouch/config/presets/}, in the same
 * format as {@code .vouch.json} plus {@code title}, {@code description}, {@code date} and
 * {@code source}. Found by listing that folder, so adding a preset is adding a file.
 */
public final class Presets {
    static final String FOLDER = "presets/";
    private static volatile Map<String, String> texts;

    private Presets() {}

    /** Preset names, sorted ("lesswrong", "recommended", …). */
    public static List<String> names() {
        return all().keySet().stream().sorted().toList(); // Map.copyOf keeps no order
    }

    /** The preset's JSON text, or null. */
    public static String text(String name) {
        return all().get(name);
    }

    public static PresetInfo info(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            JsonNode n = Jsonc.parse(text, null).root();
            return new PresetInfo(name, n.path("title").asText(name), n.path("description").asText(""),
                    n.path("date").asText(""), n.path("source").asText(""), n.path("supersededBy").asText(""));
        } catch (ConfigException e) {
            throw new IllegalStateException("preset " + name + " is not valid: " + e.getMessage());
        }
    }

    private static Map<String, String> all() {
        Map<String, String> t = texts;
        if (t == null) {
            synchronized (Presets.class) {
                t = texts;
                if (t == null) {
                    t = load();
                    texts = t;
                }
            }
        }
        return t;
    }

    private static Map<String, String> load() {
        URL url = Presets.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("presets folder missing from the class path");
        }
        Map<String, String> out = new TreeMap<>();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                read(fs.provider().getPath(uri), out);
            } else {
                read(Path.of(uri), out);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list presets: " + e.getMessage(), e);
        }
        return Map.copyOf(out);
    }

    private static void read(Path folder, Map<String, String> out) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(files::add);
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            name = name.substring(0, name.length() - ".json".length());
            try (InputStream in = Resources.open(Presets.class, FOLDER + p.getFileName())) {
                out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
