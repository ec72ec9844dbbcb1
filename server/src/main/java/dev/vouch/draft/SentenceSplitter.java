package dev.vouch.draft;

import dev.vouch.util.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a block's prose into sentences.
 *
 * <p>A sentence ends at a run of {@code . ! ? …} followed, after any closing quotes or brackets, by white
 * space and then a character that can start a sentence (a capital letter, a digit, an opening quote or
 * bracket). It does not end after an abbreviation listed in {@code abbreviations.txt} ("e.g.", "Dr.",
 * "et al."), after a single capital initial ("J. R. R. Tolkien"), or inside a number ("3.5%"). URLs and
 * code are single atoms in the prose, so their dots never split.
 */
public final class SentenceSplitter {
    private enum Behaviour { CONTINUES, MAY_END }

    private static final Map<String, Behaviour> ABBREVIATIONS = loadAbbreviations();

    private SentenceSplitter() {}

    static List<Sentence> split(Block block) {
        String t = block.prose().text();
        List<Sentence> out = new ArrayList<>();
        int n = t.length();
        int start = skipSpace(t, 0);
        int i = start;
        while (i < n) {
            char c = t.charAt(i);
            if (isTerminal(c)) {
                int runEnd = i;
                while (runEnd < n && isTerminal(t.charAt(runEnd))) {
                    runEnd++;
                }
                int close = runEnd;
                while (close < n && isCloser(t.charAt(close))) {
                    close++;
                }
                if (close >= n) {
                    break;
                }
                if (Character.isWhitespace(t.charAt(close)) && endsHere(t, i, runEnd, close)) {
                    addSentence(block, out, t, start, close);
                    start = skipSpace(t, close);
                    i = start;
                    continue;
                }
                i = close;
                continue;
            }
            i++;
        }
        if (start < n) {
            addSentence(block, out, t, start, n);
        }
        return List.copyOf(out);
    }

    private static void addSentence(Block block, List<Sentence> out, String t, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Sentence(block, out.size(), start, e));
        }
    }

    private static boolean endsHere(String t, int termStart, int termEnd, int afterClosers) {
        int next = skipSpace(t, afterClosers);
        if (next >= t.length()) {
            return true;
        }
        char nc = t.charAt(next);
        boolean upper = Character.isUpperCase(nc) || Character.isTitleCase(nc);
        boolean starter = upper || Character.isDigit(nc) || isOpener(nc) || nc == Prose.ATOM
                || (!Character.isLetter(nc) && Character.isLetterOrDigit(nc));
        String term = t.substring(termStart, termEnd);
        boolean ellipsis = term.contains("…") || term.startsWith("..");
        if (ellipsis) {
            return upper;
        }
        if (!term.equals(".")) {
            // "!", "?", "?!" end a sentence unless the next word is lower-case ("Really? yes").
            return starter;
        }
        if (!starter) {
            return false;
        }
        String word = tokenBefore(t, termStart);
        if (word.isEmpty()) {
            return true;
        }
        Behaviour b = ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT));
        if (b == null && word.endsWith("et al")) {
            b = Behaviour.CONTINUES;
        }
        if (b == Behaviour.CONTINUES) {
            return false;
        }
        if (b == Behaviour.MAY_END) {
            return upper;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "J. Smith"
        }
        if (word.indexOf('.') > 0) {
            return upper; // a dotted abbreviation not in the list ("A.I."): ends only before a capital
        }
        return true;
    }

    /** The token before the period at {@code dot}: letters and inner periods ("e.g", "et al" kept whole). */
    private static String tokenBefore(String t, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) {
            s--;
        }
        String w = t.substring(s, dot);
        if (w.equalsIgnoreCase("al") && s >= 4 && t.substring(s - 3, s).equalsIgnoreCase("et ")) {
            return "et al";
        }
        if (s > 0 && !Character.isWhitespace(t.charAt(s - 1)) && !isOpener(t.charAt(s - 1))) {
            // "3.14" or "(approx" keep their shape: a number before the dot is not a word
            if (Character.isDigit(t.charAt(s - 1))) {
                return "";
            }
        }
        return w;
    }

    private static int skipSpace(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '‽';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == '*'
                || c == '_';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«';
    }

    private static Map<String, Behaviour> loadAbbreviations() {
        Map<String, Behaviour> m = new HashMap<>();
        for (String[] row : Resources.tsv(SentenceSplitter.class, "abbreviations.txt", 2)) {
            m.put(row[0].toLowerCase(Locale.ROOT),
                    row[1].trim().equals("may-end") ? Behaviour.MAY_END : Behaviour.CONTINUES);
        }
        return Map.copyOf(m);
    }
}
