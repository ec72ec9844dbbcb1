package dev.vouch.rules.aistyle;

import dev.vouch.draft.Block;
import dev.vouch.rule.Fix;
import dev.vouch.rule.FindingSink;

/** How the ai-style block rules report a tell: its span, a message, its reason as evidence, its fix. */
final class TellReport {
    private TellReport() {}

    static void report(FindingSink out, Block block, Tell t, String message) {
        FindingSink.Builder r = out.report(t.span(block), message)
                .evidence(t.reason() + " (weight " + t.weight() + "; a paragraph reads like assistant prose at "
                        + ParagraphScorer.THRESHOLD + " points from two or more kinds of evidence)");
        Fix fix = TellFixes.of(block, t);
        if (fix != null) {
            r.fix(fix);
        }
        r.add();
    }

    /** The matched text, shortened for a message. */
    static String quote(Tell t) {
        String s = t.text().strip().replaceAll("\\s+", " ").replaceAll("[,;]$", "");
        return s.length() > 60 ? s.substring(0, 59).strip() + "…" : s;
    }
}
