package dev.vouch.engine;

import dev.vouch.rule.Edit;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies fixes to text. Edits apply from the end backwards, so offsets stay valid; an edit that
 * overlaps one already chosen is skipped (a later pass picks it up on the re-checked text). Nothing
 * outside an edit's span is ever changed.
 */
public final class Fixes {
    private Fixes() {}

    /** The safe fixes to apply to a set of findings: each finding's first safe fix, without overlaps. */
    public static List<Fix> safeFixes(List<Finding> findings) {
        List<Fix> chosen = new ArrayList<>();
        List<Edit> taken = new ArrayList<>();
        for (Finding f : findings) {
            for (Fix fix : f.fixes()) {
                if (!fix.safe()) {
                    continue;
                }
                if (fix.edits().stream().anyMatch(e -> overlapsAny(e, taken))) {
                    break;
                }
                chosen.add(fix);
                taken.addAll(fix.edits());
                break;
            }
        }
        return chosen;
    }

    /** Applies the edits of {@code fixes} (which must not overlap) to {@code text}. */
    public static String apply(String text, List<Fix> fixes) {
        List<Edit> edits = new ArrayList<>();
        for (Fix f : fixes) {
            edits.addAll(f.edits());
        }
        return applyEdits(text, edits);
    }

    public static String applyEdits(String text, List<Edit> edits) {
        List<IndexedEdit> ordered = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            if (e.span().end() > text.length()) {
                throw new IllegalArgumentException("edit " + e.span() + " is past the end of the text ("
                        + text.length() + ")");
            }
            ordered.add(new IndexedEdit(i, e));
        }
        // Last first; insertions at one offset keep their given order in the result.
        ordered.sort(Comparator.comparingInt((IndexedEdit ie) -> ie.edit().span().start())
                .thenComparingInt(ie -> ie.edit().span().end())
                .thenComparingInt(IndexedEdit::order).reversed());
        StringBuilder b = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (IndexedEdit ie : ordered) {
            Edit e = ie.edit();
            if (e.span().end() > limit) {
                continue; // overlaps an edit already applied
            }
            b.replace(e.span().start(), e.span().end(), e.newText());
            limit = e.span().start();
        }
        return b.toString();
    }

    private record IndexedEdit(int order, Edit edit) {}

    private static boolean overlapsAny(Edit e, List<Edit> taken) {
        for (Edit t : taken) {
            if (e.span().overlaps(t.span())) {
                return true;
            }
            if (e.span().isEmpty() && t.span().isEmpty()) {
                continue; // two insertions at one place are fine
            }
            if (e.span().isEmpty() && t.span().start() < e.span().start() && e.span().start() < t.span().end()) {
                return true;
            }
            if (t.span().isEmpty() && e.span().start() < t.span().start() && t.span().start() < e.span().end()) {
                return true;
            }
        }
        return false;
    }
}
