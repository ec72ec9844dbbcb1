package dev.vouch.testing;

import dev.vouch.rule.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown sample with its expectations in comments, as markdownlint's fixtures:
 * <ul>
 *   <li>{@code <!-- vouch-test categories: citations, claims -->} declares which categories the sample
 *       tests; a finding of any other category is ignored, a finding of these that no marker expects
 *       fails the test;</li>
 *   <li>{@code <!-- expect: rule.id, other.id -->} on a line: each rule must report a finding that starts
 *       on that line; {@code rule.id(info)} also asks for that severity (as configured, presets applied);</li>
 *   <li>{@code <!-- expect-next-line: rule.id -->}: the same, for the next line (where a comment on the
 *       line itself would change its meaning, as after a link reference definition);</li>
 *   <li>{@code # expect: rule.id} inside YAML front matter, for findings placed there.</li>
 * </ul>
 * A line with no marker expects nothing, so every sample is also a set of negative cases.
 */
public record AnnotatedSample(Path path, String text, Set<Category> categories,
                              TreeMap<Integer, TreeSet<String>> expected,
                              TreeMap<Integer, TreeMap<String, String>> severities) {

    private static final Pattern HEADER = Pattern.compile("<!--\\s*vouch-test\\s+categories:\\s*([^>]*?)\\s*-->");
    private static final Pattern EXPECT = Pattern.compile("<!--\\s*expect(-next-line)?:\\s*([^>]*?)\\s*-->");
    private static final Pattern YAML_EXPECT = Pattern.compile("#\\s*expect:\\s*(.+)$");

    public static boolean isSample(Path p) throws IOException {
        return p.toString().endsWith(".md") && HEADER.matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
    }

    public static AnnotatedSample read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Matcher h = HEADER.matcher(text);
        if (!h.find()) {
            throw new IllegalArgumentException(path + " has no <!-- vouch-test categories: … --> header");
        }
        Set<Category> cats = EnumSet.noneOf(Category.class);
        for (String c : h.group(1).split("[,\\s]+")) {
            Category cat = Category.fromId(c.trim());
            if (cat == null) {
                throw new IllegalArgumentException(path + ": unknown category " + c);
            }
            cats.add(cat);
        }
        TreeMap<Integer, TreeSet<String>> expected = new TreeMap<>();
        TreeMap<Integer, TreeMap<String, String>> severities = new TreeMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean inFrontMatter = lines.length > 0 && lines[0].equals("---");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inFrontMatter && i > 0 && (line.equals("---") || line.equals("..."))) {
                inFrontMatter = false;
            } else if (inFrontMatter) {
                Matcher y = YAML_EXPECT.matcher(line);
                if (y.find()) {
                    addAll(expected, severities, i + 1, y.group(1));
                }
                continue;
            }
            Matcher m = EXPECT.matcher(line);
            while (m.find()) {
                addAll(expected, severities, m.group(1) == null ? i + 1 : i + 2, m.group(2));
            }
        }
        return new AnnotatedSample(path, text, cats, expected, severities);
    }

    private static final Pattern WITH_SEVERITY = Pattern.compile("([^()]+)\\((error|warning|info|hint)\\)");

    private static void addAll(TreeMap<Integer, TreeSet<String>> expected,
                               TreeMap<Integer, TreeMap<String, String>> severities, int line, String ids) {
        for (String id : ids.split("[,\\s]+")) {
            if (id.isBlank()) {
                continue;
            }
            Matcher m = WITH_SEVERITY.matcher(id.trim());
            String rule = m.matches() ? m.group(1) : id.trim();
            expected.computeIfAbsent(line, l -> new TreeSet<>()).add(rule);
            if (m.matches()) {
                severities.computeIfAbsent(line, l -> new TreeMap<>()).put(rule, m.group(2));
            }
        }
    }

    /** Every rule id the sample expects somewhere. */
    public Set<String> expectedRules() {
        Set<String> all = new TreeSet<>();
        expected.values().forEach(all::addAll);
        return all;
    }

    /** The source line {@code n} (1-based), for failure messages. */
    public String line(int n) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    /** Sample files under the test resources' {@code samples/} and the project's {@code samples/}. */
    public static List<Path> all() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(TestPaths.testResources().resolve("samples"), TestPaths.projectRoot().resolve("samples"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (var s = Files.walk(root)) {
                for (Path p : s.sorted().toList()) {
                    if (Files.isRegularFile(p) && isSample(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }
}
