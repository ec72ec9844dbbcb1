package dev.vouch.lexicon;

import dev.vouch.util.Resources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase list shipped as data: a tab-separated resource file whose {@code @columns} line names the
 * columns. Every entry has a {@code pattern}, a {@code reason} (why it is listed), and optionally a
 * {@code weight}, a plainer {@code alternative}, an {@code example} that must match and a
 * {@code counter-example} that must not (both checked by one generic test); further columns are kept by
 * name for the rule that reads them.
 *
 * <p>Matching: a pattern is a literal phrase, matched case-insensitively on word boundaries, where a
 * space matches any run of white space and an apostrophe matches both ' and ’. A pattern starting with
 * {@code re:} is a Java regular expression (case-insensitive unless it says {@code (?-i)}). Literal
 * entries are compiled into one alternation, longest first, so a scan is one pass over the text. Files
 * are loaded once and shared.
 */
public final class Lexicon {
    public record Entry(String pattern, double weight, String alternative, String reason, String example,
                        String counterExample, Map<String, String> columns, int line) {
        public String column(String name) {
            return columns.getOrDefault(name, "");
        }
    }

    /** One occurrence of an entry in a text. */
    public record Match(Entry entry, int start, int end) {}

    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();
    private static final List<String> KNOWN = List.of("pattern", "weight", "alternative", "reason", "example",
            "counter-example");

    private final String name;
    private final List<Entry> entries;
    private final Pattern literals;
    private final Map<String, Entry> byLiteral;
    private final List<Map.Entry<Pattern, Entry>> regexes;

    private Lexicon(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        Map<String, Entry> lit = new LinkedHashMap<>();
        List<Map.Entry<Pattern, Entry>> res = new ArrayList<>();
        for (Entry e : entries) {
            if (e.pattern().startsWith("re:")) {
                res.add(Map.entry(Pattern.compile(e.pattern().substring(3),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e));
            } else {
                lit.put(normalize(e.pattern()), e);
            }
        }
        this.byLiteral = Map.copyOf(lit);
        this.regexes = List.copyOf(res);
        this.literals = lit.isEmpty() ? null : alternation(lit.keySet());
    }

    /** The lexicon in resource {@code file} beside {@code anchor}, loaded once. */
    public static Lexicon load(Class<?> anchor, String file) {
        String key = anchor.getPackageName() + "/" + file;
        return LOADED.computeIfAbsent(key, k -> parse(anchor, file));
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Every match in {@code text}, by start; overlapping matches of different entries are all kept. */
    public List<Match> find(CharSequence text) {
        List<Match> out = new ArrayList<>();
        if (literals != null) {
            Matcher m = literals.matcher(text);
            while (m.find()) {
                Entry e = byLiteral.get(normalize(m.group()));
                if (e != null) {
                    out.add(new Match(e, m.start(), m.end()));
                }
            }
        }
        for (Map.Entry<Pattern, Entry> r : regexes) {
            Matcher m = r.getKey().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(new Match(r.getValue(), m.start(), m.end()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::start).thenComparingInt(x -> -x.end()));
        return out;
    }

    /** Matches of one entry alone (for the lexicon's own tests). */
    public List<Match> find(Entry entry, CharSequence text) {
        Pattern p = entry.pattern().startsWith("re:")
                ? Pattern.compile(entry.pattern().substring(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                : alternation(List.of(normalize(entry.pattern())));
        List<Match> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Match(entry, m.start(), m.end()));
        }
        return out;
    }

    private static String normalize(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Pattern alternation(Iterable<String> phrases) {
        List<String> sorted = new ArrayList<>();
        phrases.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(phraseRegex(sorted.get(i)));
        }
        b.append(')');
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String phraseRegex(String phrase) {
        StringBuilder b = new StringBuilder();
        if (isWordChar(phrase.charAt(0))) {
            b.append("(?<![\\p{L}\\p{N}_])");
        }
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                b.append("\\s+");
            } else if (c == '\'') {
                b.append("['’‘]");
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (isWordChar(phrase.charAt(phrase.length() - 1))) {
            b.append("(?![\\p{L}\\p{N}_])");
        }
        return b.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Lexicon parse(Class<?> anchor, String file) {
        String text = Resources.text(anchor, file);
        List<String> columns = null;
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("@columns")) {
                columns = new ArrayList<>();
                for (String c : line.split("\t")) {
                    if (!c.equals("@columns")) {
                        columns.add(c.trim());
                    }
                }
                if (!columns.contains("pattern") || !columns.contains("reason")) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": @columns needs pattern and reason");
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (columns == null) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": entry before the @columns line");
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > columns.size()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + cells.length + " columns, the header names "
                        + columns.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), c < cells.length ? cells[c].trim() : "");
            }
            String pattern = row.get("pattern");
            if (pattern.isEmpty() || row.get("reason").isEmpty()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": every entry needs a pattern and a reason");
            }
            double weight;
            try {
                weight = row.getOrDefault("weight", "").isEmpty() ? 1.0 : Double.parseDouble(row.get("weight"));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": weight is not a number");
            }
            Map<String, String> extra = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (!KNOWN.contains(k)) {
                    extra.put(k, v);
                }
            });
            entries.add(new Entry(pattern, weight, row.getOrDefault("alternative", ""), row.get("reason"),
                    row.getOrDefault("example", ""), row.getOrDefault("counter-example", ""), Map.copyOf(extra), i + 1));
        }
        return new Lexicon(file, entries);
    }
}
