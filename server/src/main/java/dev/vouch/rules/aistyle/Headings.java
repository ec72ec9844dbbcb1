package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the heading rules need: the case style of a heading, and the words a draft capitalises mid-sentence. */
final class Headings {
    enum Style { TITLE, SENTENCE, NEITHER }

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "vs", "via", "per", "into", "onto", "over", "than", "up",
            "is", "be", "are", "it", "its", "so", "yet", "if");

    private Headings() {}

    /** Word spans {@code [start, end)} of a heading's prose. */
    static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /**
     * Title Case: at least three significant words after the first, all capitalised. Sentence case: at
     * least one significant word after the first in lower case. Acronyms and names do not decide.
     */
    static Style style(String text, Set<String> names) {
        List<int[]> ws = words(text);
        int capital = 0;
        int lower = 0;
        for (int i = 1; i < ws.size(); i++) {
            String w = text.substring(ws.get(i)[0], ws.get(i)[1]);
            if (MINOR.contains(w.toLowerCase(Locale.ROOT)) || afterColon(text, ws.get(i)[0]) || keepsCapital(w, names)) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capital++;
            } else if (Character.isLowerCase(w.charAt(0))) {
                lower++;
            }
        }
        if (lower > 0) {
            return Style.SENTENCE;
        }
        return capital >= 3 ? Style.TITLE : Style.NEITHER;
    }

    static boolean afterColon(String text, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == '—' || text.charAt(i) == '?');
    }

    /** Words the draft writes capitalised in the middle of a sentence: names, which keep their capital. */
    static Set<String> names(Draft draft) {
        Set<String> names = new HashSet<>();
        for (Block b : draft.blocks()) {
            if (b.isHeading()) {
                continue;
            }
            String t = b.prose().text();
            for (int[] w : words(t)) {
                String word = t.substring(w[0], w[1]);
                if (Character.isUpperCase(word.charAt(0)) && !startsSentence(t, w[0])) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    private static boolean startsSentence(String t, int at) {
        int i = at - 1;
        while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '"' || t.charAt(i) == '“' || t.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?:".indexOf(t.charAt(i)) >= 0;
    }

    /** Whether a word keeps its capital in sentence case: an acronym, a mixed-case name, a known name, "I". */
    static boolean keepsCapital(String word, Set<String> names) {
        if (word.equals("I") || names.contains(word)) {
            return true;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) || Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
