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
 * entries are compiled into one pattern shaped as a trie (see {@link #alternation}), longest first, so a
 * scan is one pass over the text whatever the number of phrases. Files are loaded once and shared.
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
    /** Whether every literal phrase starts with a letter or digit, so matches start where words start. */
    private final boolean literalsAtWordStart;
    private final List<Map.Entry<Pattern, Entry>> regexes;
    /** Per regex, words one of which every match contains (a cheap test that skips most texts), or null. */
    private final List<List<String>> required;
    /** Per regex, whether every match starts at the start of a word ("\\bword…"). */
    private final List<Boolean> atWordStart;

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
        List<List<String>> req = new ArrayList<>();
        for (Map.Entry<Pattern, Entry> r : res) {
            req.add(RequiredWords.of(r.getKey().pattern()));
        }
        this.required = java.util.Collections.unmodifiableList(req);
        List<Boolean> ws = new ArrayList<>();
        for (Map.Entry<Pattern, Entry> r : res) {
            ws.add(startsAtWord(r.getKey().pattern()));
        }
        this.atWordStart = List.copyOf(ws);
        this.literals = lit.isEmpty() ? null : alternation(lit.keySet());
        this.literalsAtWordStart = lit.keySet().stream().allMatch(k -> isWordChar(k.charAt(0)));
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
        int[] wordStarts = null;
        if (literals != null) {
            Matcher m = literals.matcher(text);
            if (literalsAtWordStart) {
                wordStarts = wordStarts(text);
                m.useTransparentBounds(true).useAnchoringBounds(false);
                int after = 0;
                for (int w : wordStarts) {
                    if (w < after) {
                        continue;
                    }
                    m.region(w, text.length());
                    if (m.lookingAt()) {
                        Entry e = byLiteral.get(normalize(m.group()));
                        if (e != null) {
                            out.add(new Match(e, m.start(), m.end()));
                        }
                        after = m.end();
                    }
                }
            } else {
                while (m.find()) {
                    Entry e = byLiteral.get(normalize(m.group()));
                    if (e != null) {
                        out.add(new Match(e, m.start(), m.end()));
                    }
                }
            }
        }
        String lower = null;
        for (int i = 0; i < regexes.size(); i++) {
            Map.Entry<Pattern, Entry> r = regexes.get(i);
            List<String> needed = required.get(i);
            if (needed != null) {
                if (lower == null) {
                    lower = text.toString().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
                }
                boolean any = false;
                for (String w : needed) {
                    if (lower.contains(w)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    continue;
                }
            }
            Matcher m = r.getKey().matcher(text);
            if (atWordStart.get(i)) {
                if (wordStarts == null) {
                    wordStarts = wordStarts(text);
                }
                // A match of "\\bword…" starts where a word starts: try only there (a fifth of the positions)
                m.useTransparentBounds(true).useAnchoringBounds(false);
                int after = 0;
                for (int w : wordStarts) {
                    if (w < after) {
                        continue;
                    }
                    m.region(w, text.length());
                    if (m.lookingAt() && m.end() > m.start()) {
                        out.add(new Match(r.getValue(), m.start(), m.end()));
                        after = m.end();
                    }
                }
                continue;
            }
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

    /**
     * One pattern for many literal phrases, built as a trie ("delve into|delves into" becomes
     * "delv(?:e into|es into)"), so that at each position of the text only the branch of the next
     * character is tried: scanning costs about the same for 5 phrases as for 500. At one position the
     * longest phrase wins, as in a longest-first alternation.
     */
    private static Pattern alternation(Iterable<String> phrases) {
        Node root = new Node();
        for (String p : phrases) {
            Node n = root;
            for (int i = 0; i < p.length(); i++) {
                n = n.children.computeIfAbsent(p.charAt(i), c -> new Node());
            }
            n.terminal = true;
        }
        StringBuilder word = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (Map.Entry<Character, Node> e : root.children.entrySet()) {
            StringBuilder into = isWordChar(e.getKey()) ? word : other;
            if (into.length() > 0) {
                into.append('|');
            }
            into.append(atom(e.getKey())).append(emit(e.getValue(), e.getKey()));
        }
        StringBuilder b = new StringBuilder("(?:");
        if (word.length() > 0) {
            b.append("(?<![\\p{L}\\p{N}_])(?:").append(word).append(')');
        }
        if (other.length() > 0) {
            b.append(word.length() > 0 ? "|" : "").append("(?:").append(other).append(')');
        }
        b.append(')');
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final class Node {
        final Map<Character, Node> children = new java.util.TreeMap<>();
        boolean terminal;
    }

    /** The pattern for what may follow in the trie after {@code last}; longer continuations first. */
    private static String emit(Node n, char last) {
        List<String> branches = new ArrayList<>();
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
            branches.add(atom(e.getKey()) + emit(e.getValue(), e.getKey()));
        }
        if (n.terminal) {
            branches.add(isWordChar(last) ? "(?![\\p{L}\\p{N}_])" : "");
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        return "(?:" + String.join("|", branches) + ")";
    }

    private static String atom(char c) {
        if (c == ' ') {
            return "\\s+";
        }
        if (c == '\'') {
            return "['’‘]";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }

    /**
     * Whether every match of {@code regex} starts at the start of a word: it opens with {@code \\b}, then
     * any lookbehinds, then a letter or a group each of whose alternatives opens with a letter
     * ({@code \\b(?:is|was) …}).
     */
    static boolean startsAtWord(String regex) {
        if (!regex.startsWith("\\b") || regex.length() < 3) {
            return false;
        }
        int i = 2;
        while (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
            int depth = 0;
            for (; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    i++;
                    break;
                }
            }
            if (i >= regex.length()) {
                return false;
            }
        }
        if (Character.isLetter(regex.charAt(i))) {
            return i + 1 >= regex.length() || "?*{".indexOf(regex.charAt(i + 1)) < 0;
        }
        if (regex.startsWith("(?:", i)) {
            i += 3;
        } else if (regex.charAt(i) == '(' && i + 1 < regex.length() && regex.charAt(i + 1) != '?') {
            i += 1;
        } else {
            return false;
        }
        int depth = 0;
        boolean expectLetter = true;
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (expectLetter) {
                if (!Character.isLetter(c) || (i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0)) {
                    return false;
                }
                expectLetter = false;
            }
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return false;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i + 1 >= regex.length() || "?*{".indexOf(regex.charAt(i + 1)) < 0;
                }
                depth--;
            } else if (c == '|' && depth == 0) {
                expectLetter = true;
            }
        }
        return false;
    }

    /** Offsets where a word (letters, digits, _) starts. */
    private static int[] wordStarts(CharSequence text) {
        int[] out = new int[Math.max(8, text.length() / 4)];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
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
