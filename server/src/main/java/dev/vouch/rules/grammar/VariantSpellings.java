package dev.vouch.rules.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words spelled one way in American and another in British English ("color"/"colour",
 * "analyzed"/"analysed"), from the list LanguageTool's English module ships for its own messages
 * ({@code en-US-GB.txt}, about 4,800 pairs). Reading the list costs milliseconds; loading a second
 * variant's dictionary to ask it would cost seconds and tens of megabytes.
 */
final class VariantSpellings {
    private static final String RESOURCE = "/org/languagetool/resource/en/en-US-GB.txt";
    private static final Set<String> WORDS = load();

    private VariantSpellings() {}

    /** Whether {@code word} is one side of an American/British pair (case-insensitive). */
    static boolean isVariantSpelling(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = VariantSpellings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("LanguageTool's " + RESOURCE + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String w : line.split(";")) {
                    if (!w.isBlank()) {
                        words.add(w.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
