package dev.vouch.rules.citations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bibliography file a draft names in its front matter ({@code bibliography: refs.bib}), read as Pandoc
 * reads it: BibTeX or BibLaTeX ({@code .bib}, {@code .bibtex}), CSL JSON ({@code .json}) or CSL YAML
 * ({@code .yaml}, {@code .yml}). Only what citation checks need is kept: each entry's key, first
 * author's family name and year. Files are read from disk (never the network) and cached until their
 * size or modification time changes.
 *
 * @param entries by key, in file order
 * @param problem why the file could not be read, or null
 */
public record Bibliography(Path path, Map<String, Entry> entries, String problem) {

    /** One entry: its citation key, the family names of its authors (lower case) and its year ("" if none). */
    public record Entry(String key, List<String> authors, String year) {}

    private record Stamp(long size, long modified) {}

    private record Cached(Stamp stamp, Bibliography bibliography) {}

    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern BIB_ENTRY = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s{}()]+)\\s*,");
    private static final Pattern BIB_FIELD = Pattern.compile("(?i)([a-z]+)\\s*=\\s*");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]\\d{2}|20\\d{2})");

    /** Reads {@code path} (or returns the cached reading while the file is unchanged). */
    public static Bibliography read(Path path) {
        Path p = path.toAbsolutePath().normalize();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            CACHE.remove(p);
            return new Bibliography(p, Map.of(), "not found");
        }
        if (!attrs.isRegularFile()) {
            return new Bibliography(p, Map.of(), "not a file");
        }
        Stamp stamp = new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis());
        Cached c = CACHE.get(p);
        if (c != null && c.stamp().equals(stamp)) {
            return c.bibliography();
        }
        Bibliography b;
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            b = new Bibliography(p, parse(p.getFileName().toString(), text), null);
        } catch (IOException | RuntimeException e) {
            b = new Bibliography(p, Map.of(), "cannot be read: " + e.getMessage());
        }
        CACHE.put(p, new Cached(stamp, b));
        return b;
    }

    /** Entries of a bibliography file's text; the format is chosen by the file name's extension. */
    static Map<String, Entry> parse(String fileName, String text) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return csl(JSON.readTree(text));
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            JsonNode n = YAML.readTree(text);
            return csl(n != null && n.has("references") ? n.get("references") : n);
        }
        return bibtex(text);
    }

    /** CSL items ({@code id}, {@code author[].family}, {@code issued}), as in JSON files and YAML {@code references:}. */
    public static Map<String, Entry> csl(JsonNode items) {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (items == null || !items.isArray()) {
            if (items != null && !items.isNull() && !items.isMissingNode()) {
                throw new IllegalArgumentException("expected a list of CSL items");
            }
            return out;
        }
        for (JsonNode item : items) {
            String id = item.path("id").asText("");
            if (id.isEmpty()) {
                continue;
            }
            List<String> authors = new ArrayList<>();
            for (String role : List.of("author", "editor")) {
                for (JsonNode a : item.path(role)) {
                    String family = a.path("family").asText(a.path("literal").asText(""));
                    if (!family.isEmpty()) {
                        authors.add(family.toLowerCase(Locale.ROOT));
                    }
                }
                if (!authors.isEmpty()) {
                    break;
                }
            }
            String year = "";
            JsonNode issued = item.path("issued");
            JsonNode parts = issued.path("date-parts");
            if (parts.isArray() && parts.size() > 0 && parts.get(0).isArray() && parts.get(0).size() > 0) {
                year = parts.get(0).get(0).asText("");
            } else {
                Matcher y = YEAR.matcher(issued.path("raw").asText(issued.asText("")));
                year = y.find() ? y.group(1) : "";
            }
            out.put(id, new Entry(id, List.copyOf(authors), year));
        }
        return out;
    }

    /** BibTeX/BibLaTeX entries; {@code @string}, {@code @preamble} and {@code @comment} are skipped. */
    static Map<String, Entry> bibtex(String text) {
        Map<String, Entry> out = new LinkedHashMap<>();
        Matcher m = BIB_ENTRY.matcher(text);
        int searchFrom = 0;
        while (searchFrom < text.length() && m.find(searchFrom)) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            int bodyEnd = closing(text, m.end() - (m.group().endsWith(",") ? 1 : 0), m.group().contains("(") ? '(' : '{');
            searchFrom = Math.max(m.end(), bodyEnd);
            if (type.equals("string") || type.equals("preamble") || type.equals("comment")) {
                continue;
            }
            Map<String, String> fields = fields(text.substring(m.end(), Math.min(bodyEnd, text.length())));
            List<String> authors = new ArrayList<>();
            String names = fields.getOrDefault("author", fields.getOrDefault("editor", ""));
            for (String name : names.split("(?i)\\s+and\\s+")) {
                String family = familyName(name);
                if (!family.isEmpty()) {
                    authors.add(family);
                }
            }
            Matcher y = YEAR.matcher(fields.getOrDefault("year", fields.getOrDefault("date", "")));
            out.put(m.group(2), new Entry(m.group(2), List.copyOf(authors), y.find() ? y.group(1) : ""));
        }
        return out;
    }

    /** The offset just past the entry that opened before {@code from}: brace depth back to zero. */
    private static int closing(String text, int from, char open) {
        char close = open == '(' ? ')' : '}';
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || (open == '(' && c == '(')) {
                depth++;
            } else if (c == close || (open == '(' && c == '}')) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return text.length();
    }

    /** {@code name = {value}}, {@code name = "value"} and {@code name = bare} pairs of one entry, lower-cased names. */
    private static Map<String, String> fields(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher f = BIB_FIELD.matcher(body);
        int at = 0;
        while (f.find(at)) {
            int i = f.end();
            String value;
            if (i < body.length() && (body.charAt(i) == '{' || body.charAt(i) == '"')) {
                char open = body.charAt(i);
                int depth = 0;
                int j = i;
                for (; j < body.length(); j++) {
                    char c = body.charAt(j);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth--;
                    }
                    if (open == '{' && depth == 0 && j > i) {
                        break;
                    }
                    if (open == '"' && c == '"' && j > i && depth == 0) {
                        break;
                    }
                }
                value = body.substring(i + 1, Math.min(j, body.length()));
                at = Math.min(body.length(), j + 1);
            } else {
                int j = i;
                while (j < body.length() && body.charAt(j) != ',' && body.charAt(j) != '\n') {
                    j++;
                }
                value = body.substring(i, j).strip();
                at = j;
            }
            out.putIfAbsent(f.group(1).toLowerCase(Locale.ROOT), value.replaceAll("[{}]", "").strip());
            if (at <= f.start()) {
                at = f.end();
            }
        }
        return out;
    }

    /** "Smith, John" and "John Smith" give "smith"; "{World Health Organization}" gives it whole. */
    private static String familyName(String name) {
        String n = name.strip();
        if (n.isEmpty() || n.equalsIgnoreCase("others")) {
            return "";
        }
        if (n.contains(",")) {
            return n.substring(0, n.indexOf(',')).strip().toLowerCase(Locale.ROOT);
        }
        String[] parts = n.split("\\s+");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }

    /** Whether any entry has an author with this family name (case-insensitive) and this year. */
    public boolean hasAuthorYear(String surname, String year) {
        String s = surname.toLowerCase(Locale.ROOT);
        for (Entry e : entries.values()) {
            if (e.year().equals(year) && e.authors().stream().anyMatch(a -> a.equals(s) || a.endsWith(" " + s))) {
                return true;
            }
        }
        return false;
    }
}
