package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.text.Span;

/**
 * One piece of evidence, in one block, that the prose reads like an AI assistant's.
 *
 * @param signal      what kind of evidence
 * @param start       prose offset in the block where it starts ({@code block.prose()})
 * @param end         prose offset where it ends; for a tell about the whole paragraph (rhythm,
 *                    densities), the whole prose
 * @param weight      evidence points (see {@link ParagraphScorer}); 5 or more is near-certain on its own
 * @param text        what was found, for messages: the matched words, or a description
 *                    ("4 em dashes in 120 words")
 * @param reason      why this counts as evidence (from the lexicon entry or the detector)
 * @param alternative a plainer wording, {@link #DELETE} when the words can simply go, or "" when none
 */
public record Tell(Signal signal, int start, int end, double weight, String text, String reason,
                   String alternative) {
    /** The alternative of a phrase that can be deleted without loss ("It's important to note that"). */
    public static final String DELETE = "(delete)";

    /** Whether this tell alone is near-certain (chat residue such as "As an AI language model"). */
    public boolean isCertain() {
        return weight >= ParagraphScorer.CERTAIN;
    }

    /** Where the tell is in the draft's source. */
    public Span span(Block block) {
        return block.prose().toSource(start, end);
    }

    /** The same tell with another weight (context rules adjust weights of intrinsic tells). */
    public Tell withWeight(double w) {
        return new Tell(signal, start, end, w, text, reason, alternative);
    }
}
