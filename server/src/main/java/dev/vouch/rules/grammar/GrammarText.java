package dev.vouch.rules.grammar;

import dev.vouch.draft.Block;
import dev.vouch.draft.Prose;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * One block as LanguageTool reads it: an {@link AnnotatedText} whose original text is the block's own
 * source, built from the block's {@link Prose}, so that LanguageTool's offsets are source offsets.
 *
 * <p>The node policies come from the draft model, never from patterns over the text: prose characters
 * that stand for themselves are text; everything between them (emphasis markers, link destinations,
 * footnote markers, inline HTML, block-quote prefixes on continuation lines) is markup that reads as
 * nothing; a character that stands for other source (an entity, an escape, a line break read as a space)
 * is markup that reads as that character; and an inline code span, URL or formula is markup that reads as
 * a placeholder word, so "call {@code `f()`} twice" is checked as "call Thing twice" and causes neither a
 * spacing nor a spelling finding; so does a snake_case identifier typed as plain text. Code blocks, HTML blocks and front matter never become blocks at all.
 */
final class GrammarText {
    /** Placeholders: capitalised nouns every English variant's speller knows; see {@link #placeholder}. */
    static final String PLACEHOLDER = "Thing";
    static final String PLACEHOLDER_AFTER_AN = "Item";

    private final AnnotatedText annotated;
    private final String plain;
    private final String original;
    private final List<int[]> placeholders;
    private final List<Span> textRuns;

    private GrammarText(AnnotatedText annotated, String original, List<int[]> placeholders, List<Span> textRuns) {
        this.annotated = annotated;
        this.plain = annotated.getPlainText();
        this.original = original;
        this.placeholders = List.copyOf(placeholders);
        this.textRuns = List.copyOf(textRuns);
    }

    /** The block's text for LanguageTool; offsets in it are relative to the block's start. */
    static GrammarText of(Block block) {
        Prose prose = block.prose();
        String text = prose.text();
        int base = block.span().start();
        String source = block.sourceText();
        Parts parts = new Parts(source);
        int pos = 0; // source cursor, relative to the block
        int i = 0;
        while (i < text.length()) {
            int s = prose.sourceStart(i) - base;
            int e = prose.sourceEnd(i) - base;
            if (s < pos || e > source.length()) {
                // Several characters standing for one piece of source (an entity read as two), or a
                // character the model places outside the block: it reads as itself, taking no source.
                parts.fake("", String.valueOf(text.charAt(i)));
                i++;
                continue;
            }
            if (s > pos) {
                parts.markup(pos, s);
                pos = s;
            }
            if (prose.isAtom(i)) {
                parts.placeholder(pos, e, placeholder(text, i));
                pos = e;
                i++;
            } else if (e - s == 1 && source.charAt(s) == text.charAt(i)) {
                int j = i + 1;
                while (j < text.length() && !prose.isAtom(j) && prose.sourceStart(j) - base == s + (j - i)
                        && prose.sourceEnd(j) - base == s + (j - i) + 1
                        && source.charAt(s + (j - i)) == text.charAt(j)) {
                    j++;
                }
                parts.text(s, s + (j - i));
                pos = s + (j - i);
                i = j;
            } else {
                int j = i + 1;
                while (j < text.length() && !prose.isAtom(j) && prose.sourceStart(j) - base == s
                        && prose.sourceEnd(j) - base == e) {
                    j++;
                }
                parts.fake(source.substring(s, e), text.substring(i, j));
                pos = e;
                i = j;
            }
        }
        if (pos < source.length()) {
            parts.markup(pos, source.length());
        }
        return new GrammarText(parts.builder.build(), source, parts.placeholders, parts.textRuns);
    }

    /**
     * The word an atom reads as. After "an" it starts with a vowel, so that the article check sees what
     * the writer chose; any finding that overlaps a placeholder is dropped anyway (see {@link #touchesPlaceholder}).
     */
    static String placeholder(String prose, int atomOffset) {
        int k = atomOffset;
        while (k > 0 && Character.isWhitespace(prose.charAt(k - 1))) {
            k--;
        }
        int w = k;
        while (w > 0 && Character.isLetter(prose.charAt(w - 1))) {
            w--;
        }
        boolean afterAn = k - w == 2 && prose.substring(w, k).toLowerCase(Locale.ROOT).equals("an")
                && k < atomOffset;
        return afterAn ? PLACEHOLDER_AFTER_AN : PLACEHOLDER;
    }

    AnnotatedText annotated() {
        return annotated;
    }

    /** Exactly what LanguageTool checks. */
    String plain() {
        return plain;
    }

    /** The block's source: LanguageTool's "original text", in which its match offsets are given. */
    String original() {
        return original;
    }

    /**
     * Whether the source range {@code [from, to)} (block-relative) overlaps an atom or is its neighbour
     * (nothing but white space and emphasis markers between them). A placeholder has no grammatical
     * number, so what LanguageTool says about the words beside it ("the Thing are") is not about the
     * writer's text.
     */
    boolean touchesPlaceholder(int from, int to) {
        if (overlapsPlaceholder(from, to)) {
            return true;
        }
        for (int[] p : placeholders) {
            if (p[0] >= to && onlySpacing(to, p[0]) || p[1] <= from && onlySpacing(p[1], from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the source range {@code [from, to)} (block-relative) overlaps an atom's source. */
    boolean overlapsPlaceholder(int from, int to) {
        for (int[] p : placeholders) {
            if (from < p[1] && p[0] < to) {
                return true;
            }
        }
        return false;
    }

    /** Whether this source only moves the reader on to the next word: white space and emphasis markers. */
    private boolean onlySpacing(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (!Character.isWhitespace(c) && c != '*' && c != '_' && c != '~') {
                return false;
            }
        }
        return true;
    }

    /** Whether the source range holds text only, so that replacing it replaces what the reader sees and no markup. */
    boolean isPlainSource(int from, int to) {
        if (from < 0 || to > original.length() || from >= to) {
            return false;
        }
        for (Span t : textRuns) {
            if (t.start() <= from && to <= t.end()) {
                return true;
            }
        }
        return false;
    }

    /** Accumulates the parts, keeping source and plain offsets in step. */
    private static final class Parts {
        final AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        final String source;
        final List<int[]> placeholders = new ArrayList<>();
        final List<Span> textRuns = new ArrayList<>();

        Parts(String source) {
            this.source = source;
        }

        /**
         * Text, except that a snake_case identifier typed without backticks ({@code run_all.py}) reads as
         * a placeholder too: it is a name from code, and LanguageTool would split it at the underscores.
         */
        void text(int from, int to) {
            int i = from;
            while (i < to) {
                int s = i;
                while (s < to && Character.isWhitespace(source.charAt(s))) {
                    s++;
                }
                int e = s;
                while (e < to && !Character.isWhitespace(source.charAt(e))) {
                    e++;
                }
                int[] id = identifier(s, e);
                if (id == null) {
                    i = e;
                    continue;
                }
                plainText(from, id[0]);
                placeholder(id[0], id[1], PLACEHOLDER);
                from = id[1];
                i = e;
            }
            plainText(from, to);
        }

        /** The identifier in the token {@code [s, e)} without its surrounding punctuation, or null. */
        private int[] identifier(int s, int e) {
            while (s < e && !Character.isLetterOrDigit(source.charAt(s))) {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(source.charAt(e - 1))) {
                e--;
            }
            for (int k = s + 1; k < e - 1; k++) {
                if (source.charAt(k) == '_' && Character.isLetterOrDigit(source.charAt(k - 1))
                        && Character.isLetterOrDigit(source.charAt(k + 1))) {
                    return new int[] {s, e};
                }
            }
            return null;
        }

        private void plainText(int from, int to) {
            if (to > from) {
                builder.addText(source.substring(from, to));
                if (!textRuns.isEmpty() && textRuns.get(textRuns.size() - 1).end() == from) {
                    Span last = textRuns.remove(textRuns.size() - 1);
                    textRuns.add(new Span(last.start(), to));
                } else {
                    textRuns.add(new Span(from, to));
                }
            }
        }

        void markup(int from, int to) {
            if (to > from) {
                builder.addMarkup(source.substring(from, to));
            }
        }

        void fake(String markup, String readsAs) {
            builder.addMarkup(markup, readsAs);
        }

        void placeholder(int from, int to, String word) {
            placeholders.add(new int[] {from, to});
            builder.addMarkup(source.substring(from, to), word);
        }
    }
}
