package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence about the shape of the whole draft: every prose paragraph about the same length. Assistants
 * write paragraphs of one size (four to six sentences, fifty to a hundred words, one after another);
 * human drafts mix a one-line aside with a long argument (Desaire et al. 2023: human paragraphs are longer
 * and vary more). Measured on the texts in docs/benchmarks.md: the coefficient of variation of paragraph
 * length is 0.05–0.37 in assistant drafts (0.20 on average) and 0.45 on average in human ones, of which about
 * one in twenty is as uniform as {@link #MAX_CV}.
 *
 * <p>One shape alone is never a finding: the tell goes to each prose paragraph of such a draft as one more
 * kind of evidence, at {@link Signal#DRAFT_SHAPE}'s cap, so it can only complete a paragraph that already
 * carries other tells. Computed from the paragraphs' word counts only, so it costs nothing per edit beyond
 * one pass over the draft's blocks (the per-paragraph detectors stay cached).
 */
final class DraftShape {
    /** Paragraphs shorter than this are dialogue lines, list fragments or asides, not prose paragraphs. */
    static final int PROSE_WORDS = 25;
    /** The draft needs this many prose paragraphs of the writer's for its shape to mean anything… */
    static final int MIN_PARAGRAPHS = 5;
    /** …and their lengths at most this coefficient of variation (standard deviation over mean). */
    static final double MAX_CV = 0.25;
    static final double WEIGHT = 1.0;

    private DraftShape() {}

    /** The shape tell for each of the writer's prose paragraphs, when the draft has one shape; else empty. */
    static Map<Block, List<Tell>> of(List<Block> scored, List<Boolean> owners) {
        List<Block> prose = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            if (owners.get(i) && scored.get(i).words() >= PROSE_WORDS) {
                prose.add(scored.get(i));
            }
        }
        if (prose.size() < MIN_PARAGRAPHS) {
            return Map.of();
        }
        double sum = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Block b : prose) {
            sum += b.words();
            min = Math.min(min, b.words());
            max = Math.max(max, b.words());
        }
        double mean = sum / prose.size();
        double var = 0;
        for (Block b : prose) {
            var += (b.words() - mean) * (b.words() - mean);
        }
        double cv = Math.sqrt(var / prose.size()) / mean;
        if (cv > MAX_CV) {
            return Map.of();
        }
        String text = prose.size() + " paragraphs of " + min + "–" + max + " words";
        String reason = "every prose paragraph of the draft is about the same length (" + text + ", variation "
                + String.format("%.2f", cv) + "): assistants write paragraphs of one shape, human drafts mix short"
                + " and long ones; it counts only with other evidence in the paragraph";
        Map<Block, List<Tell>> out = new HashMap<>();
        for (Block b : prose) {
            out.put(b, List.of(new Tell(Signal.DRAFT_SHAPE, 0, b.prose().length(), WEIGHT, text, reason, "")));
        }
        return out;
    }
}
