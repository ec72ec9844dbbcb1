package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds up a paragraph's tells into evidence points and decides whether they add up.
 *
 * <p>Weights are evidence points, read roughly as log-odds that a paragraph with the tell comes from an
 * assistant rather than from a human essayist: 0.5 for a habit human writers share (one "crucial", one
 * triad), 1 for something several times more frequent in assistant prose, 2–3 for a strong tell
 * (">20×" excess words such as "delve", the assistant narrating its user), 5 and more for near-certain
 * chat residue ("As an AI language model"). See the lexicon files for each entry's reason and source.
 *
 * <p>Rules, in order of how they protect human writers (false positives are the binding constraint):
 * <ol>
 *   <li>Repetition is discounted: the same habit again (the same lexicon entry or detector) counts at
 *       half weight, a different tell of the same signal in full, and a signal adds at most its
 *       {@link Signal#cap()}.</li>
 *   <li>Clustering, not single habits: a paragraph reads like assistant prose when its points reach
 *       {@link #THRESHOLD} <em>and</em> the evidence comes from at least two different signals, unless
 *       the leading signal is the assistant's own voice (chat residue, sycophantic appraisal, reasoning
 *       about "the user"), which needs no second habit.</li>
 *   <li>Density, not length: the chance of an innocent tell grows with a paragraph's length, so the bar
 *       does too: {@link #THRESHOLD} points at {@link #LONG_PARAGRAPH} words, growing with the square root
 *       of the length. Shorter paragraphs need {@link #THRESHOLD} points of style evidence, or
 *       {@link #MIN_THRESHOLD} when the assistant's own voice leads (see {@link #threshold}); no single
 *       tell under the near-certain mark flags a paragraph however short.</li>
 *   <li>A single near-certain tell ({@link #CERTAIN} points or more) is enough on its own.</li>
 *   <li>Context, for the assistant's voice and its list format only: in a draft where at least
 *       {@link #ASSISTANT_DRAFT_PARAGRAPHS} paragraphs, and {@link #ASSISTANT_DRAFT_SHARE} of them, read like
 *       assistant prose on their own evidence, a short paragraph led by the assistant's voice needs
 *       {@link #IN_ASSISTANT_DRAFT} points instead of {@link #MIN_THRESHOLD} (pasted reasoning comes in runs),
 *       and a paragraph of a run of {@link BoldLead#MIN_RUN} or more that open with labels reads like the
 *       assistant's answer pasted without its bullets. Style evidence gets no such discount.</li>
 * </ol>
 */
public final class ParagraphScorer {
    /** Points at which a paragraph of up to {@link #LONG_PARAGRAPH} words reads like assistant prose. */
    public static final double THRESHOLD = 4.0;
    /** A tell of this weight is near-certain alone ("As an AI language model", "[Your Name]"). */
    public static final double CERTAIN = 5.0;
    /** The length (in words) at which a paragraph needs {@link #THRESHOLD} points. */
    public static final int LONG_PARAGRAPH = 150;
    /** No paragraph, however short, reads like assistant prose on fewer points than this (voice-led evidence). */
    public static final double MIN_THRESHOLD = 3.0;
    /** A draft with this many of the writer's paragraphs flagged on their own evidence is assistant-heavy… */
    public static final int ASSISTANT_DRAFT_PARAGRAPHS = 3;
    /**
     * …when they are also at least this share of the writer's paragraphs: ten times the rate at which
     * human paragraphs are flagged (under 1 %), so that chance flags in a long human draft do not lower
     * the bar for the rest of it.
     */
    public static final double ASSISTANT_DRAFT_SHARE = 0.1;
    /** The bar for a short paragraph led by the assistant's voice in an assistant-heavy draft. */
    public static final double IN_ASSISTANT_DRAFT = 2.0;
    /** Each further tell of one signal counts at this fraction of its weight. */
    static final double REPEAT = 0.5;

    private ParagraphScorer() {}

    /**
     * The points a paragraph of {@code words} words needs: {@link #THRESHOLD} at {@link #LONG_PARAGRAPH}
     * words, growing with the square root of the length; for shorter paragraphs never less than
     * {@link #THRESHOLD} when the evidence is style (habits human writers share), and never less than
     * {@link #MIN_THRESHOLD} when it is led by the assistant's own voice (residue, appraisal of the user,
     * reasoning about "the user"), which human prose almost never contains.
     */
    public static double threshold(int words, boolean voiceLed) {
        double byLength = THRESHOLD * Math.sqrt(words / (double) LONG_PARAGRAPH);
        return Math.max(voiceLed ? MIN_THRESHOLD : THRESHOLD, byLength);
    }

    /** Scores one paragraph from its tells, on its own evidence. */
    public static ParagraphScore score(Block block, boolean writersOwn, List<Tell> tells) {
        return score(block, writersOwn, tells, false);
    }

    /**
     * Scores one paragraph from its tells. In an assistant-heavy draft (see {@link #ASSISTANT_DRAFT_PARAGRAPHS})
     * a paragraph led by the assistant's voice needs only {@link #IN_ASSISTANT_DRAFT} points: where several
     * paragraphs already read like pasted assistant output, its voice elsewhere is likelier pasted too.
     * Style evidence gets no such discount.
     */
    public static ParagraphScore score(Block block, boolean writersOwn, List<Tell> tells, boolean assistantDraft) {
        return score(block, writersOwn, tells, assistantDraft, false);
    }

    /**
     * Scores one paragraph from its tells, as {@link #score(Block, boolean, List, boolean)}; and when
     * {@code assistantList} (the paragraph is one of a run of {@link BoldLead#MIN_RUN} or more that open with
     * a bold or plain label, see {@link Formatting#leadRunsOf}) in an assistant-heavy draft, the run's
     * structure is enough: where several paragraphs already read like pasted assistant output, the
     * assistant's list format is likelier its output than the writer's notes. Two kinds of evidence still
     * stand behind the flag, the structure and the draft; outside such a draft a run of labels alone never
     * flags a paragraph.
     */
    static ParagraphScore score(Block block, boolean writersOwn, List<Tell> tells, boolean assistantDraft,
                                boolean assistantList) {
        Map<Signal, List<Tell>> by = new EnumMap<>(Signal.class);
        boolean certain = false;
        for (Tell t : tells) {
            by.computeIfAbsent(t.signal(), s -> new ArrayList<>()).add(t);
            certain |= t.isCertain();
        }
        double total = 0;
        double best = 0;
        Signal leader = null;
        Set<Signal> contributing = EnumSet.noneOf(Signal.class);
        for (Map.Entry<Signal, List<Tell>> e : by.entrySet()) {
            double c = contribution(e.getKey(), e.getValue());
            if (c > 0) {
                contributing.add(e.getKey());
            }
            total += c;
            if (c > best && !e.getKey().isDraftLevel()) {
                best = c;
                leader = e.getKey();
            }
        }
        boolean voiceLed = leader != null && leader.isVoice();
        double threshold = threshold(block.words(), voiceLed);
        boolean contextual = false;
        if (assistantDraft && voiceLed && threshold == MIN_THRESHOLD && total < threshold) {
            threshold = IN_ASSISTANT_DRAFT;
            contextual = true;
        }
        boolean clustered = contributing.size() >= 2 || voiceLed;
        boolean reads = certain || (total >= threshold && clustered);
        boolean listLed = leader == Signal.LABEL_LEAD || leader == Signal.BOLD_LEAD;
        if (!reads && assistantDraft && assistantList && listLed) {
            reads = true;
            contextual = true;
            threshold = total;
        }
        List<Tell> ordered = new ArrayList<>(tells);
        ordered.sort(Comparator.comparingInt(Tell::start).thenComparingInt(Tell::end));
        return new ParagraphScore(block, writersOwn, round(total), round(threshold), reads, contextual && reads, ordered);
    }

    /**
     * What one signal's tells add: each distinct habit (tells with the same reason) once in full and its
     * repeats at {@link #REPEAT}, up to the signal's cap.
     */
    public static double contribution(Signal signal, List<Tell> tells) {
        List<Tell> sorted = new ArrayList<>(tells);
        sorted.sort(Comparator.comparingDouble(Tell::weight).reversed());
        Set<String> seen = new java.util.HashSet<>();
        double sum = 0;
        for (Tell t : sorted) {
            sum += seen.add(t.reason()) ? t.weight() : REPEAT * t.weight();
        }
        return Math.min(signal.cap(), sum);
    }

    private static double round(double d) {
        return Math.round(d * 100.0) / 100.0;
    }
}
