package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.Prose;
import dev.vouch.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tells found by the phrase lexicons beside this class:
 * <ul>
 *   <li>{@code vocabulary.tsv}: words whose frequency rose sharply in published text after 2023;</li>
 *   <li>{@code phrases.tsv}: stock phrases and openers;</li>
 *   <li>{@code residue.tsv}: chat residue, sycophantic appraisal and the assistant's reasoning about its
 *       user (column {@code signal});</li>
 *   <li>{@code constructions.tsv}: constructions a pattern can find (negative parallelism, trailing
 *       significance clauses; column {@code signal}).</li>
 * </ul>
 * Matching is the {@link Lexicon}'s, on the block's prose with curly quotes read as straight ones (so a
 * pattern's {@code '} matches {@code ’} too). Where matches overlap, the heavier one stands: "a rich
 * tapestry of" is one stock phrase, not also the word "tapestry". Matches that run into inline code,
 * a URL or math are dropped, and so are mentions: words inside quotation marks ('words like "delve"',
 * dialogue in a story) or a word set in italics on its own ("the word *tapestry*") are quoted or
 * discussed, not used.
 */
final class LexiconTells {
    static final Lexicon VOCABULARY = Lexicon.load(LexiconTells.class, "vocabulary.tsv");
    static final Lexicon PHRASES = Lexicon.load(LexiconTells.class, "phrases.tsv");
    static final Lexicon RESIDUE = Lexicon.load(LexiconTells.class, "residue.tsv");
    static final Lexicon CONSTRUCTIONS = Lexicon.load(LexiconTells.class, "constructions.tsv");

    private LexiconTells() {}

    static List<Tell> find(Block block) {
        String text = straightQuotes(block.prose().text());
        List<Tell> found = new ArrayList<>();
        collect(VOCABULARY, Signal.VOCABULARY, text, found);
        collect(PHRASES, Signal.STOCK_PHRASE, text, found);
        collect(RESIDUE, Signal.CHAT_RESIDUE, text, found);
        collect(CONSTRUCTIONS, Signal.NEGATIVE_PARALLELISM, text, found);
        List<int[]> quoted = quotedRanges(text);
        List<int[]> italic = italicWords(block);
        found.removeIf(t -> inside(t, quoted) || exactly(t, italic));
        return heaviestOfOverlaps(found);
    }

    private static void collect(Lexicon lexicon, Signal fallback, String text, List<Tell> out) {
        for (Lexicon.Match m : lexicon.find(text)) {
            int end = m.end();
            while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String found = text.substring(m.start(), end);
            if (found.indexOf(Prose.ATOM) >= 0 || end <= m.start()) {
                continue;
            }
            out.add(new Tell(signalOf(m.entry(), fallback), m.start(), end, m.entry().weight(), found,
                    m.entry().reason(), m.entry().alternative()));
        }
    }

    static Signal signalOf(Lexicon.Entry e, Signal fallback) {
        String s = e.column("signal");
        if (s.isEmpty()) {
            return fallback;
        }
        Signal sig = Signal.fromId(s);
        if (sig == null) {
            throw new IllegalStateException("lexicon line " + e.line() + ": unknown signal " + s);
        }
        return sig;
    }

    /**
     * Resolves overlaps, heaviest first (then longest, then first): a tell inside a stronger one, or around
     * it, goes ("tapestry" inside "a rich tapestry of"), and so does one that overlaps a stronger tell of the same signal (two
     * patterns reading one construction); tells of different signals that merely overlap are different
     * evidence and both stay ("The user is pointing" and "pointing out a really important distinction").
     */
    static List<Tell> heaviestOfOverlaps(List<Tell> tells) {
        List<Tell> byStrength = new ArrayList<>(tells);
        byStrength.sort(Comparator.comparingDouble(Tell::weight).reversed()
                .thenComparing(Comparator.comparingInt((Tell t) -> t.end() - t.start()).reversed())
                .thenComparingInt(Tell::start));
        List<Tell> kept = new ArrayList<>();
        for (Tell t : byStrength) {
            boolean overlaps = false;
            for (Tell k : kept) {
                boolean inside = (t.start() >= k.start() && t.end() <= k.end())
                        || (k.start() >= t.start() && k.end() <= t.end());
                boolean overlap = t.start() < k.end() && k.start() < t.end();
                if (inside || (overlap && t.signal() == k.signal())) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(Tell::start));
        return kept;
    }

    /** Prose ranges between paired double quotation marks (after {@link #straightQuotes}). */
    static List<int[]> quotedRanges(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    out.add(new int[] {open, i + 1});
                    open = -1;
                }
            }
        }
        return out;
    }

    /** Prose ranges of italic spans (single emphasis), where a word set alone is a mention. */
    private static List<int[]> italicWords(Block block) {
        List<int[]> out = new ArrayList<>();
        for (dev.vouch.draft.Inline in : block.inlines()) {
            if (in.kind() == dev.vouch.draft.Inline.Kind.EMPHASIS && !in.textSpan().isEmpty()) {
                int s = block.prose().fromSource(in.textSpan().start());
                int e = block.prose().fromSource(in.textSpan().end() - 1) + 1;
                out.add(new int[] {s, e});
            }
        }
        return out;
    }

    private static boolean inside(Tell t, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (t.start() > r[0] && t.end() < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean exactly(Tell t, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (t.start() == r[0] && t.end() == r[1]) {
                return true;
            }
        }
        return false;
    }

    /** The text with ’ ‘ read as ' and “ ” as " (same length, so offsets hold). */
    static String straightQuotes(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }
}
