package dev.vouch.rules.grammar;

import dev.vouch.draft.Block;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's matches for one block, in block-relative source offsets, shared by every grammar rule.
 *
 * <p>One LanguageTool pass serves all grammar rules: the matches are kept per (language, enabled rules,
 * block content) in a bounded cache, before any configuration-dependent filtering (dictionary words,
 * disabled rules, severities), so a second rule, or a re-check after the writer adds a word to the
 * dictionary, costs no LanguageTool time. The engine's own block cache then keeps each rule's findings,
 * so after an edit only changed blocks come here at all.
 */
final class LanguageToolCheck {
    /** Enough for several long drafts; a match is a few hundred bytes. */
    private static final int MAX_CACHED_BLOCKS = 8192;
    private static final Logger LOG = Logger.getLogger(LanguageToolCheck.class.getName());
    private static final int MAX_SUGGESTIONS = 5;
    private static final Pattern SUGGESTION = Pattern.compile("<suggestion>(.*?)</suggestion>");
    private static final Pattern TAG = Pattern.compile("</?[a-z]+>");

    /**
     * The longest sentence, in words and symbols, LanguageTool is given. Its time grows with the square of
     * a sentence's length (one sentence of 1,000 words takes 0.6 s, of 4,000 words 3 s, and a 200,000-character
     * line did not finish in five minutes; 8,000 emoji, each a token, took 40 s), so a paragraph with a
     * longer run of text between sentence ends is skipped and says so, as {@link #NOT_CHECKED}.
     */
    static final int MAX_SENTENCE_TOKENS = 1_000;
    /** The rule id of the notice that a block was not checked (too long a sentence, or LanguageTool failed). */
    static final String NOT_CHECKED = "VOUCH_NOT_CHECKED";

    /**
     * One LanguageTool match.
     *
     * @param from            block-relative source offset where it starts
     * @param to              block-relative source offset where it ends
     * @param covered         the source text it covers
     * @param plainSource     whether that source is text only (no markup), so a replacement cannot touch markup
     * @param placeholder     whether it overlaps an atom's placeholder (code, URL, math), or, for rules other
     *                        than the speller, borders one: never reported
     * @param atFragmentStart whether it starts at the block's first character
     * @param spelling        for the dictionary-based speller only: what {@link Spelling} weighs
     */
    record Match(String ruleId, String categoryId, int from, int to, String message, String shortMessage,
                 List<String> suggestions, String covered, boolean plainSource, boolean placeholder,
                 boolean atFragmentStart, SpellingInfo spelling) {
        boolean isSpelling() {
            return spelling != null;
        }
    }

    /**
     * @param nearest        the smallest edit distance (Damerau, case-insensitive) from the word to one of
     *                       the speller's suggestions that is not the word split in two; MAX_VALUE if none
     * @param compound       whether a suggestion is the word split by a space or hyphen ("writeups")
     * @param otherVariant   whether the word is the American or British spelling of a word spelled otherwise in
     *                       the other variant ("colour", "color"), by LanguageTool's own list of pairs
     */
    record SpellingInfo(int nearest, boolean compound, boolean otherVariant) {}


    private record CacheKey(LanguageTools.Key tool, String content) {}

    private static final Map<CacheKey, List<Match>> CACHE = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, List<Match>> e) {
            return size() > MAX_CACHED_BLOCKS;
        }
    };

    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    private LanguageToolCheck() {}

    /** How many blocks LanguageTool has checked in this JVM (tests and benchmarks watch the caches with it). */
    static long runs() {
        return RUNS.get();
    }

    /** The block's matches (cached); throws {@link CancellationException} when the thread is interrupted. */
    static List<Match> matches(Block block, LanguageTools.Key tool) {
        CacheKey key = new CacheKey(tool, block.contentKey());
        synchronized (CACHE) {
            List<Match> hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        GrammarText text = GrammarText.of(block);
        List<Match> found;
        int[] longest = longestSentence(text.plain());
        try {
            if (text.plain().isBlank()) {
                found = List.of();
            } else if (longest[2] > MAX_SENTENCE_TOKENS) {
                found = List.of(notChecked(text, longest[0], String.format(java.util.Locale.ROOT,
                        "it has a sentence of about %,d words and symbols; sentences over %,d are skipped", longest[2],
                        MAX_SENTENCE_TOKENS) + ", because the time to check one grows with the square of its length."
                        + " Break it up to have it checked"));
            } else {
                found = run(text, tool);
            }
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // One block LanguageTool cannot read must not cost the writer the rest of the draft's findings.
            LOG.log(Level.FINE, "LanguageTool failed on the block at offset " + block.span().start(), e);
            found = List.of(notChecked(text, 0, "LanguageTool failed on it (" + e + ")"));
        }
        synchronized (CACHE) {
            CACHE.put(key, found);
        }
        return found;
    }

    /**
     * The longest run of the plain text between sentence ends (., !, ?, … before white space, or a blank
     * line), counted in words and symbols as LanguageTool tokenises: {start, end, tokens}.
     */
    static int[] longestSentence(String plain) {
        int[] best = {0, 0, 0};
        int start = 0;
        int tokens = 0;
        boolean inWord = false;
        int n = plain.length();
        for (int i = 0; i < n; ) {
            int c = plain.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    tokens++;
                }
                inWord = true;
            } else {
                inWord = false;
                boolean end = (c == '.' || c == '!' || c == '?' || c == '…')
                        && (next >= n || Character.isWhitespace(plain.charAt(next)));
                boolean blankLine = c == '\n' && next < n && plain.charAt(next) == '\n';
                if (!Character.isWhitespace(c) && !end) {
                    tokens++;
                }
                if (end || blankLine) {
                    if (tokens > best[2]) {
                        best = new int[] {start, next, tokens};
                    }
                    start = next;
                    tokens = 0;
                }
            }
            i = next;
        }
        if (tokens > best[2]) {
            best = new int[] {start, n, tokens};
        }
        return best;
    }

    /** The notice that a block was not checked, on the first word of the run it is about. */
    private static Match notChecked(GrammarText text, int plainStart, String why) {
        String plain = text.plain();
        int s = plainStart;
        while (s < plain.length() && Character.isWhitespace(plain.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < plain.length() && e - s < 40 && !Character.isWhitespace(plain.charAt(e))) {
            e++;
        }
        if (e < plain.length() && Character.isLowSurrogate(plain.charAt(e))) {
            e++;
        }
        int from = text.annotated().getOriginalTextPositionFor(s, false);
        int to = Math.max(from + 1, text.annotated().getOriginalTextPositionFor(e, true));
        to = Math.min(to, text.original().length());
        from = Math.min(from, Math.max(0, to - 1));
        return new Match(NOT_CHECKED, "VOUCH", from, to, "This paragraph was not checked for grammar and spelling: "
                + why + ".", "not checked", List.of(), text.original().substring(from, to), false, false, false, null);
    }

    /** Runs LanguageTool on one text, uncached (tests and benchmarks call it directly). */
    static List<Match> run(GrammarText text, LanguageTools.Key tool) {
        RUNS.incrementAndGet();
        List<RuleMatch> raw = LanguageTools.withInstance(tool, lt -> {
            Thread me = Thread.currentThread();
            lt.setCheckCancelledCallback(me::isInterrupted);
            try {
                return lt.check(text.annotated());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                if (me.isInterrupted()) {
                    throw new CancellationException("grammar check cancelled");
                }
                throw e;
            }
        });
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("grammar check cancelled");
        }
        int firstText = firstTextOffset(text);
        List<Match> out = new ArrayList<>(raw.size());
        for (RuleMatch m : raw) {
            int from = Math.max(0, Math.min(m.getFromPos(), text.original().length()));
            int to = Math.max(from, Math.min(m.getToPos(), text.original().length()));
            List<String> suggestions = new ArrayList<>();
            for (String s : m.getSuggestedReplacements()) {
                if (suggestions.size() == MAX_SUGGESTIONS) {
                    break;
                }
                if (!s.isEmpty() && !suggestions.contains(s)) {
                    suggestions.add(s);
                }
            }
            String covered = text.original().substring(from, to);
            SpellingInfo spelling = m.getRule().isDictionaryBasedSpellingRule()
                    ? spellingInfo(covered, suggestions) : null;
            out.add(new Match(m.getRule().getId(), m.getRule().getCategory().getId().toString(), from, to,
                    clean(m.getMessage()), clean(m.getShortMessage()), List.copyOf(suggestions), covered,
                    text.isPlainSource(from, to),
                    spelling != null ? text.overlapsPlaceholder(from, to) : text.touchesPlaceholder(from, to),
                    from <= firstText, spelling));
        }
        return List.copyOf(out);
    }

    private static SpellingInfo spellingInfo(String word, List<String> suggestions) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int nearest = Integer.MAX_VALUE;
        boolean compound = false;
        for (String s : suggestions) {
            String l = s.toLowerCase(java.util.Locale.ROOT);
            if (!l.equals(w) && l.replace(" ", "").replace("-", "").equals(w.replace("-", ""))) {
                compound = true;
                continue;
            }
            nearest = Math.min(nearest, EditDistance.damerau(w, l));
        }
        return new SpellingInfo(nearest, compound, VariantSpellings.isVariantSpelling(word));
    }

    /** The source offset of the first character LanguageTool reads (after a heading's or list's markers). */
    private static int firstTextOffset(GrammarText text) {
        String plain = text.plain();
        int i = 0;
        while (i < plain.length() && Character.isWhitespace(plain.charAt(i))) {
            i++;
        }
        return text.annotated().getOriginalTextPositionFor(i, false);
    }

    /** A message without LanguageTool's markup: {@code <suggestion>x</suggestion>} becomes "x". */
    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String m = SUGGESTION.matcher(message).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(
                "\"" + r.group(1) + "\""));
        m = TAG.matcher(m).replaceAll("");
        return m.replaceAll("\\s+", " ").strip();
    }

    /** Forgets every cached match (tests; a LanguageTool configuration change needs nothing: it is in the key). */
    static void clearCache() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }
}
