package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.draft.Sentence;
import dev.vouch.draft.WordCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rhythm of a paragraph:
 * <ul>
 *   <li>uniform sentence length: human prose varies its sentences ("burstiness"); a run of five or more
 *       sentences of nearly the same length (coefficient of variation at most {@link #UNIFORM_CV}) is a
 *       mark of generated text;</li>
 *   <li>stacked transitions: "Moreover", "Furthermore", "Additionally" opening two or more sentences of
 *       one paragraph. One such opener is no evidence (Wikipedia's guide warns against reading
 *       transitions in isolation), so a single one yields no tell.</li>
 * </ul>
 */
final class Rhythm {
    /** At most this coefficient of variation of sentence lengths, over at least {@link #MIN_SENTENCES}. */
    static final double UNIFORM_CV = 0.2;
    static final int MIN_SENTENCES = 5;
    /** Sentences shorter than this on average are lists or dialogue, not rhythm. */
    static final double MIN_MEAN_WORDS = 8;

    private static final Pattern TRANSITION = Pattern.compile(
            "^(Moreover|Furthermore|Additionally|In addition|Notably|Importantly|Crucially|Consequently|"
                    + "Ultimately|Subsequently|Thus|Hence|Indeed|Overall)\\b,?");

    private Rhythm() {}

    static List<Tell> find(Block block) {
        List<Tell> out = new ArrayList<>();
        uniformLength(block, out);
        transitions(block, out);
        return out;
    }

    private static void uniformLength(Block block, List<Tell> out) {
        List<Sentence> ss = block.sentences();
        if (ss.size() < MIN_SENTENCES) {
            return;
        }
        double[] len = new double[ss.size()];
        double sum = 0;
        for (int i = 0; i < ss.size(); i++) {
            len[i] = WordCounter.count(ss.get(i).text());
            sum += len[i];
        }
        double mean = sum / len.length;
        if (mean < MIN_MEAN_WORDS) {
            return;
        }
        double var = 0;
        for (double l : len) {
            var += (l - mean) * (l - mean);
        }
        double cv = Math.sqrt(var / len.length) / mean;
        if (cv > UNIFORM_CV) {
            return;
        }
        out.add(new Tell(Signal.UNIFORM_RHYTHM, 0, block.prose().length(), cv <= UNIFORM_CV / 2 ? 1.5 : 1.0,
                ss.size() + " sentences of " + Math.round(mean - Math.sqrt(var / len.length)) + "–"
                        + Math.round(mean + Math.sqrt(var / len.length)) + " words",
                "sentences of nearly equal length (coefficient of variation " + String.format("%.2f", cv)
                        + "): human prose varies its rhythm, generated prose often does not", ""));
    }

    private static void transitions(Block block, List<Tell> out) {
        List<Tell> found = new ArrayList<>();
        for (Sentence s : block.sentences()) {
            Matcher m = TRANSITION.matcher(s.text());
            if (m.find()) {
                String w = m.group(1);
                double weight = switch (w) {
                    case "Moreover", "Furthermore", "Additionally", "Notably", "Importantly", "Crucially" -> 1.0;
                    default -> 0.5;
                };
                int end = m.end();
                while (end < s.text().length() && s.text().charAt(end) == ' ') {
                    end++;
                }
                found.add(new Tell(Signal.TRANSITION_STACK, s.start(), s.start() + end, weight, w,
                        "\"" + w + "\" opening another sentence of the same paragraph: stacked formal transitions"
                                + " are a mark of assistant prose (Wikipedia: Signs of AI writing)", Tell.DELETE));
            }
        }
        if (found.size() >= 2) {
            out.addAll(found);
        }
    }
}
