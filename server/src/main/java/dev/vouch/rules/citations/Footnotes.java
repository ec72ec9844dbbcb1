package dev.vouch.rules.citations;

import dev.vouch.draft.Draft;
import dev.vouch.draft.FootnoteDefinition;
import dev.vouch.draft.Inline;
import dev.vouch.rule.Edit;
import java.util.HashSet;
import java.util.Set;

/** Footnote helpers shared by the rules that add or number footnotes. */
public final class Footnotes {
    private Footnotes() {}

    /**
     * An edit that appends {@code [^label]: text} as the draft's last line, after a blank line unless the
     * draft already ends with a footnote definition.
     */
    public static Edit appendDefinition(Draft draft, String label, String text) {
        String src = draft.source();
        String lb = draft.lineBreak();
        StringBuilder b = new StringBuilder();
        boolean endsWithBreak = src.endsWith("\n") || src.endsWith("\r");
        if (!src.isEmpty() && !endsWithBreak) {
            b.append(lb);
        }
        if (!src.isEmpty() && !endsInFootnoteDefinition(draft)) {
            b.append(lb);
        }
        b.append("[^").append(label).append("]: ").append(text).append(lb);
        return Edit.insert(src.length(), b.toString());
    }

    /** The next free numeric label: one more than the largest number used as a label, or 1. */
    public static String nextNumericLabel(Draft draft) {
        int max = 0;
        Set<String> used = new HashSet<>();
        for (FootnoteDefinition d : draft.footnoteDefinitions()) {
            used.add(d.label());
        }
        for (Inline in : draft.inlines()) {
            if (in.kind() == Inline.Kind.FOOTNOTE_REFERENCE) {
                used.add(in.label());
            }
        }
        for (String l : used) {
            if (l.matches("\\d{1,6}")) {
                max = Math.max(max, Integer.parseInt(l));
            }
        }
        return String.valueOf(max + 1);
    }

    private static boolean endsInFootnoteDefinition(Draft draft) {
        if (draft.footnoteDefinitions().isEmpty()) {
            return false;
        }
        FootnoteDefinition last = draft.footnoteDefinitions().get(draft.footnoteDefinitions().size() - 1);
        return draft.source().substring(last.span().end()).isBlank();
    }
}
