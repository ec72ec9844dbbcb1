package dev.vouch.config;

import dev.vouch.util.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project dictionary, {@code .vouch/dictionary.txt} beside {@code .vouch.json}: one word a line,
 * {@code #} comments. Adding a word keeps every existing line as it was and writes atomically, so two
 * editors adding words at once lose neither file.
 */
public final class ProjectDictionary {
    private ProjectDictionary() {}

    public static Path file(Path projectRoot) {
        return projectRoot.resolve(ConfigLoader.DICTIONARY);
    }

    /**
     * Appends {@code word} unless it is already listed. Returns false when it was there. The word must be
     * one line of text with no surrounding white space.
     */
    public static synchronized boolean add(Path projectRoot, String word) throws IOException {
        String w = word.strip();
        if (w.isEmpty() || w.contains("\n") || w.contains("\r") || w.startsWith("#")) {
            throw new IllegalArgumentException("not a dictionary word: \"" + word + "\"");
        }
        Path f = file(projectRoot);
        List<String> lines = Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : new ArrayList<>();
        for (String line : lines) {
            if (line.strip().equals(w)) {
                return false;
            }
        }
        String existing = Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        String sep = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        AtomicFiles.writeString(f, existing + sep + w + "\n");
        return true;
    }
}
