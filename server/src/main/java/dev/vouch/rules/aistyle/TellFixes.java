package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.Prose;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Fix;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Quick fixes for tells that have a plainer alternative: replace the words ("utilize" → "use", keeping
 * a capital), or delete a phrase that says nothing ("It's important to note that"), re-capitalising the
 * word that then opens the sentence. Offered only where the words are plain text in the source (no
 * markup inside them), never applied by {@code --fix} unasked: choosing words is the writer's call.
 */
final class TellFixes {
    private TellFixes() {}

    /** The fix for the tell, or null when it has no alternative or its text is not plain in the source. */
    static Fix of(Block block, Tell t) {
        String alt = t.alternative();
        if (alt == null || alt.isEmpty()) {
            return null;
        }
        Prose p = block.prose();
        if (!plain(p, t.start(), t.end())) {
            return null;
        }
        String found = p.text().substring(t.start(), t.end());
        if (!Tell.DELETE.equals(alt)) {
            String replacement = withCaseOf(found, alt);
            return new Fix("Replace with \"" + replacement + "\"",
                    List.of(Edit.replace(p.toSource(t.start(), t.end()), replacement)), false, true);
        }
        return deletion(block, t, found);
    }

    /**
     * The fix of a weak word whose entry in {@code vocabulary.tsv} is marked {@code plain} ("utilize" →
     * "use"): a pure swap that keeps the sentence as it was around it; null for any other tell, and for text
     * that is not plain in the source.
     */
    static Fix wordSwap(Block block, Tell t) {
        String alt = t.alternative();
        if (alt == null || alt.isEmpty() || Tell.DELETE.equals(alt) || !PLAIN.contains(normalise(t.text()))) {
            return null;
        }
        return of(block, t);
    }

    /** The vocabulary entries marked {@code plain} (literal phrases, lower case): see {@code vocabulary.tsv}. */
    private static final java.util.Set<String> PLAIN = LexiconTells.VOCABULARY.entries().stream()
            .filter(e -> e.column("plain").equals("yes") && !e.pattern().startsWith("re:"))
            .map(e -> normalise(e.pattern()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static String normalise(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'');
    }

    /** The alternative with the found word's case: "Utilize" → "Use", "UTILIZE" → "USE". */
    static String withCaseOf(String found, String alt) {
        boolean allCaps = found.length() > 1 && found.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allCaps) {
            return alt.toUpperCase(java.util.Locale.ROOT);
        }
        return Character.isUpperCase(found.charAt(0)) ? capitalise(alt) : alt;
    }

    private static Fix deletion(Block block, Tell t, String found) {
        Prose p = block.prose();
        String text = p.text();
        int start = t.start();
        int end = t.end();
        while (end < text.length() && text.charAt(end) == ' ' && plain(p, end - 1, end + 1)) {
            end++;
        }
        boolean atEnd = end >= text.length();
        if (atEnd) {
            while (start > 0 && text.charAt(start - 1) == ' ' && plain(p, start - 1, start + 1)) {
                start--;
            }
        }
        List<Edit> edits = new ArrayList<>();
        Span cut = p.toSource(start, end);
        edits.add(Edit.delete(cut));
        if (!atEnd && sentenceStart(text, t.start()) && Character.isLowerCase(text.charAt(end))) {
            Span first = p.toSource(end, end + 1);
            if (first.start() >= cut.end() && first.length() == 1) {
                edits.add(Edit.replace(first, String.valueOf(Character.toUpperCase(text.charAt(end)))));
            }
        }
        return new Fix("Delete \"" + found.strip() + "\"", edits, false, true);
    }

    /** Whether prose {@code [start, end)} maps one-to-one onto adjacent source characters. */
    static boolean plain(Prose p, int start, int end) {
        if (start < 0 || end > p.length() || end <= start) {
            return false;
        }
        for (int i = start; i < end - 1; i++) {
            if (!p.contiguous(i)) {
                return false;
            }
        }
        for (int i = start; i < end; i++) {
            if (p.text().charAt(i) == Prose.ATOM) {
                return false;
            }
        }
        Span s = p.toSource(start, end);
        return s.length() == end - start;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
