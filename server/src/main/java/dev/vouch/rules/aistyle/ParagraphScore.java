package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The AI-style evidence in one prose paragraph (or list item), and what it adds up to.
 *
 * @param block              the paragraph
 * @param writersOwn         false for quoted text and LLM content blocks (see {@link Provenance}):
 *                           they are scored but never flagged
 * @param score              evidence points (see {@link ParagraphScorer})
 * @param threshold          the points this paragraph needed (longer paragraphs need more)
 * @param readsLikeAssistant whether the evidence adds up, whoever wrote the paragraph
 * @param byContext          whether it adds up only because the draft is assistant-heavy (the lower bar
 *                           for the assistant's voice, see {@link ParagraphScorer})
 * @param tells              every piece of evidence, in text order
 */
public record ParagraphScore(Block block, boolean writersOwn, double score, double threshold,
                             boolean readsLikeAssistant, boolean byContext, List<Tell> tells) {
    public ParagraphScore {
        tells = List.copyOf(tells);
    }

    /** Whether ai-style flags this paragraph: the evidence adds up and it is the writer's own prose. */
    public boolean flagged() {
        return readsLikeAssistant && writersOwn;
    }

    public int words() {
        return block.words();
    }

    public Span span() {
        return block.span();
    }

    /** Tells grouped by signal, strongest contribution first. */
    public List<SignalEvidence> evidence() {
        Map<Signal, List<Tell>> by = new EnumMap<>(Signal.class);
        for (Tell t : tells) {
            by.computeIfAbsent(t.signal(), s -> new ArrayList<>()).add(t);
        }
        List<SignalEvidence> out = new ArrayList<>();
        by.forEach((s, ts) -> out.add(new SignalEvidence(s, ts, ParagraphScorer.contribution(s, ts))));
        out.sort(Comparator.comparingDouble(SignalEvidence::points).reversed()
                .thenComparing(e -> e.signal().ordinal()));
        return out;
    }

    /**
     * The strongest evidence in words, for messages: "5 stock phrases, 2 'not X but Y' constructions,
     * uniform sentence length". At most {@code max} signals; "" when there is none.
     */
    public String summary(int max) {
        List<String> parts = new ArrayList<>();
        for (SignalEvidence e : evidence()) {
            if (parts.size() == max) {
                break;
            }
            parts.add(e.describe());
        }
        return String.join(", ", parts);
    }

    /** The tells of one signal in a paragraph and the points they add. */
    public record SignalEvidence(Signal signal, List<Tell> tells, double points) {
        public SignalEvidence {
            tells = List.copyOf(tells);
        }

        /** "2 stock phrases", "1 piece of chat residue (\"I hope this helps\")", "em-dash density (4 in 120 words)". */
        public String describe() {
            if (!signal.countable()) {
                return signal.singular() + " (" + tells.get(0).text() + ")";
            }
            if (tells.size() == 1 && signal.isVoice()) {
                return signal.count(1) + " (\"" + quote(tells.get(0).text()) + "\")";
            }
            return signal.count(tells.size());
        }

        private static String quote(String s) {
            String t = s.strip().replaceAll("\\s+", " ");
            return t.length() > 40 ? t.substring(0, 39).strip() + "…" : t;
        }
    }
}
