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
 * entries are found leftmost first, longest first at one position, without overlapping one another,
 * through an index by first word, so a scan is one pass over the text's words whatever the list's length.
 *
 * <p>A regular-expression entry may name, in an optional {@code requires} column, the words a match
 * cannot do without (comma-separated, lower case; {@code digit} for any digit; {@code *ists} for a word
 * ending so): its expression then runs only on texts that contain one of them. Java's regex engine costs
 * about as much per character whatever the pattern, so this is what keeps dozens of entries cheap on a
 * long draft. It may also name, in a {@code starts} column, what every match begins with (words,
 * {@code digit} for a digit that follows no other digit, {@code *ing} for a word ending so, or single
 * characters such as {@code $}): the expression is then tried only at those places, with
 * {@code lookingAt}, instead of at every character. {@code LexiconFilesTest} checks that every example
 * satisfies its entry's {@code requires}, and that no match anywhere in the samples lacks a required word
 * or starts anywhere but a declared start. Where an entry declares neither, both are read off the pattern
 * when that is certain ({@link RequiredWords}; {@link #startsAtWord}: a pattern opening with {@code \\b}
 * and a letter is tried only where words start). Files are loaded once and shared.
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

    /** A literal phrase compiled on its own, tried where its first word (or first character) occurs. */
    private record Literal(String normalized, Pattern pattern, Entry entry) {}

    /**
     * A regular-expression entry, the words it requires (empty: it always runs) and what its matches start
     * with (empty: it is tried at every character).
     */
    private record Regex(Pattern pattern, Entry entry, List<String> requires, List<String> starts,
                         List<String> impliedSubstrings, boolean impliedWordStart) {}

    private final String name;
    private final List<Entry> entries;
    private final Map<String, Entry> byLiteral;
    private final Map<String, List<Literal>> byFirstWord;
    private final Map<Character, List<Literal>> byFirstChar;
    /** The first characters of phrases that start with punctuation ("[citation needed]"), for a quick test. */
    private final String firstChars;
    private final List<Regex> regexes;

    private Lexicon(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        Map<String, Entry> lit = new LinkedHashMap<>();
        List<Regex> res = new ArrayList<>();
        for (Entry e : entries) {
            if (e.pattern().startsWith("re:")) {
                String regex = e.pattern().substring(3);
                List<String> requires = list(e.column("requires"));
                List<String> starts = list(e.column("starts"));
                res.add(new Regex(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e,
                        requires, starts, requires.isEmpty() ? RequiredWords.of(regex) : null,
                        starts.isEmpty() && startsAtWord(regex)));
            } else {
                lit.putIfAbsent(normalize(e.pattern()), e);
            }
        }
        Map<String, List<Literal>> words = new HashMap<>();
        Map<Character, List<Literal>> chars = new HashMap<>();
        for (Map.Entry<String, Entry> l : lit.entrySet()) {
            String phrase = l.getKey();
            Literal literal = new Literal(phrase, Pattern.compile(phraseRegex(phrase),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), l.getValue());
            if (isWordChar(phrase.charAt(0))) {
                words.computeIfAbsent(firstWord(phrase, 0), k -> new ArrayList<>()).add(literal);
            } else {
                chars.computeIfAbsent(phrase.charAt(0), k -> new ArrayList<>()).add(literal);
            }
        }
        Comparator<Literal> longestFirst = Comparator.comparingInt((Literal x) -> x.normalized().length()).reversed();
        words.values().forEach(v -> v.sort(longestFirst));
        chars.values().forEach(v -> v.sort(longestFirst));
        this.byLiteral = Map.copyOf(lit);
        this.byFirstWord = Map.copyOf(words);
        this.byFirstChar = Map.copyOf(chars);
        StringBuilder fc = new StringBuilder();
        chars.keySet().forEach(fc::append);
        this.firstChars = fc.toString();
        this.regexes = List.copyOf(res);
    }

    private static List<String> list(String column) {
        List<String> out = new ArrayList<>();
        for (String r : column.split(",")) {
            if (!r.isBlank()) {
                out.add(r.strip().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
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
        Words words = Words.of(text);
        findLiterals(text, words, out);
        String lower = null;
        for (Regex r : regexes) {
            if (!r.requires().isEmpty() && !words.containsAny(r.requires())) {
                continue;
            }
            if (r.impliedSubstrings() != null) {
                if (lower == null) {
                    lower = text.toString().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
                }
                if (!containsAny(lower, r.impliedSubstrings())) {
                    continue;
                }
            }
            Matcher m = r.pattern().matcher(text);
            if (r.starts().isEmpty() && !r.impliedWordStart()) {
                while (m.find()) {
                    if (m.end() > m.start()) {
                        out.add(new Match(r.entry(), m.start(), m.end()));
                    }
                }
                continue;
            }
            // tried only where a match can begin, leftmost first and never overlapping, as find() would
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int lastEnd = 0;
            for (int at : r.starts().isEmpty() ? words.starts : words.starts(r.starts(), text)) {
                if (at < lastEnd) {
                    continue;
                }
                m.region(at, text.length());
                if (m.lookingAt() && m.end() > m.start()) {
                    out.add(new Match(r.entry(), m.start(), m.end()));
                    lastEnd = m.end();
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::start).thenComparingInt(x -> -x.end()));
        return out;
    }

    /** Literal phrases: leftmost first, the longest at one position, never overlapping one another. */
    private void findLiterals(CharSequence text, Words words, List<Match> out) {
        int lastEnd = 0;
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            List<Literal> candidates = null;
            while (w < words.starts.length && words.starts[w] < i) {
                w++;
            }
            boolean wordStart = w < words.starts.length && words.starts[w] == i;
            if (wordStart) {
                candidates = byFirstWord.get(words.lower[w]);
            }
            List<Literal> punct = null;
            if (!firstChars.isEmpty() && firstChars.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
                punct = byFirstChar.get(Character.toLowerCase(text.charAt(i)));
            } else if (!wordStart && firstChars.isEmpty()) {
                // only word starts can begin a match: jump to the next one
                if (w < words.starts.length) {
                    i = words.starts[w] - 1;
                    continue;
                }
                break;
            }
            if (candidates == null && punct == null || i < lastEnd) {
                continue;
            }
            Matcher hit = null;
            Literal which = null;
            for (List<Literal> list : List.of(candidates == null ? List.<Literal>of() : candidates,
                    punct == null ? List.<Literal>of() : punct)) {
                for (Literal l : list) {
                    Matcher m = l.pattern().matcher(text).region(i, text.length()).useTransparentBounds(true);
                    if (m.lookingAt() && (which == null || l.normalized().length() > which.normalized().length())) {
                        hit = m;
                        which = l;
                        break;
                    }
                }
            }
            if (hit != null) {
                out.add(new Match(which.entry(), hit.start(), hit.end()));
                lastEnd = hit.end();
            }
        }
    }

    /** The words of a text (lower case) with where each starts, and whether it has a digit. */
    private static final class Words {
        final int[] starts;
        final String[] lower;
        final boolean digit;
        private java.util.Set<String> set;

        private Words(int[] starts, String[] lower, boolean digit) {
            this.starts = starts;
            this.lower = lower;
            this.digit = digit;
        }

        /** The last text indexed on this thread: the lexicons of one rule usually scan the same string in turn. */
        private static final ThreadLocal<Words> LAST = new ThreadLocal<>();
        private CharSequence source;

        static Words of(CharSequence text) {
            Words last = LAST.get();
            if (last != null && last.source == text) {
                return last;
            }
            Words w = index(text);
            w.source = text;
            LAST.set(w);
            return w;
        }

        private static Words index(CharSequence text) {
            List<Integer> starts = new ArrayList<>();
            List<String> lower = new ArrayList<>();
            boolean digit = false;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (isWordChar(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                    starts.add(i);
                    lower.add(firstWord(text, i));
                }
                digit |= c >= '0' && c <= '9';
            }
            int[] s = new int[starts.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = starts.get(i);
            }
            return new Words(s, lower.toArray(new String[0]), digit);
        }

        boolean containsAny(List<String> required) {
            if (set == null) {
                set = new java.util.HashSet<>(java.util.Arrays.asList(lower));
            }
            for (String r : required) {
                if (r.equals("digit") ? digit : r.startsWith("*") ? anyEndsWith(r.substring(1)) : set.contains(r)) {
                    return true;
                }
            }
            return false;
        }

        private Map<String, List<Integer>> byWord;
        private int[] digitStarts;
        private final Map<Character, int[]> byChar = new HashMap<>();

        /** Where a match may start: word starts among {@code starts}, digit runs, or listed characters. */
        int[] starts(List<String> starts, CharSequence text) {
            if (byWord == null) {
                byWord = new HashMap<>();
                for (int i = 0; i < this.starts.length; i++) {
                    byWord.computeIfAbsent(lower[i], k -> new ArrayList<>(2)).add(this.starts[i]);
                }
            }
            List<Integer> at = new ArrayList<>();
            for (String s : starts) {
                if (s.equals("digit")) {
                    for (int i : digitStarts(text)) {
                        at.add(i);
                    }
                } else if (s.startsWith("*")) {
                    String suffix = s.substring(1);
                    byWord.forEach((w, pos) -> {
                        if (w.endsWith(suffix)) {
                            at.addAll(pos);
                        }
                    });
                } else if (s.length() == 1 && !isWordChar(s.charAt(0))) {
                    for (int i : charPositions(s.charAt(0), text)) {
                        at.add(i);
                    }
                } else {
                    List<Integer> pos = byWord.get(s);
                    if (pos != null) {
                        at.addAll(pos);
                    }
                }
            }
            int[] out = new int[at.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = at.get(i);
            }
            java.util.Arrays.sort(out);
            return out;
        }

        private int[] digitStarts(CharSequence text) {
            if (digitStarts == null) {
                List<Integer> d = new ArrayList<>();
                for (int i = 0; digit && i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c >= '0' && c <= '9' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                        d.add(i);
                    }
                }
                digitStarts = d.stream().mapToInt(Integer::intValue).toArray();
            }
            return digitStarts;
        }

        private int[] charPositions(char c, CharSequence text) {
            return byChar.computeIfAbsent(c, k -> {
                List<Integer> p = new ArrayList<>();
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == k) {
                        p.add(i);
                    }
                }
                return p.stream().mapToInt(Integer::intValue).toArray();
            });
        }

        private boolean anyEndsWith(String suffix) {
            for (String w : set) {
                if (w.endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean containsAny(String lower, List<String> substrings) {
        for (String w : substrings) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
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

    /** The run of word characters starting at {@code from}, lower case. */
    private static String firstWord(CharSequence s, int from) {
        int e = from;
        while (e < s.length() && isWordChar(s.charAt(e))) {
            e++;
        }
        return s.subSequence(from, e).toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code at} is a place the entry's {@code starts} column allows a match to begin (true when empty). */
    public boolean allowedStart(Entry entry, CharSequence text, int at) {
        for (Regex r : regexes) {
            if (r.entry() == entry) {
                if (r.starts().isEmpty()) {
                    return true;
                }
                for (int s : Words.index(text).starts(r.starts(), text)) {
                    if (s == at) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    /** Whether an entry's {@code requires} words occur in {@code text} (true when it names none). */
    public boolean requirementMet(Entry entry, CharSequence text) {
        for (Regex r : regexes) {
            if (r.entry() == entry) {
                return r.requires().isEmpty() || Words.of(text).containsAny(r.requires());
            }
        }
        return true;
    }

    /**
     * Literal matches as a single regular-expression alternation, longest first: the reference the
     * indexed scan must agree with ({@code LexiconFilesTest}).
     */
    List<Match> findLiteralsByAlternation(CharSequence text) {
        List<Match> out = new ArrayList<>();
        if (byLiteral.isEmpty()) {
            return out;
        }
        Matcher m = alternation(byLiteral.keySet()).matcher(text);
        while (m.find()) {
            Entry e = byLiteral.get(normalize(m.group()));
            if (e != null) {
                out.add(new Match(e, m.start(), m.end()));
            }
        }
        return out;
    }

    /** Literal matches of the indexed scan alone, for the comparison above. */
    List<Match> findLiterals(CharSequence text) {
        List<Match> out = new ArrayList<>();
        findLiterals(text, Words.of(text), out);
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

    /** A word character as the phrase boundaries see it: \\p{L}, \\p{N} or "_". */
    private static boolean isWordChar(char c) {
        if (Character.isLetter(c) || c == '_') {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
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
