package dev.vouch.rule;

import java.util.List;

/**
 * A change that resolves a finding.
 *
 * @param title     what the writer sees in the quick-fix menu ("Add a footnote definition")
 * @param edits     non-overlapping edits to the draft
 * @param safe      whether {@code vouch check --fix} and "fix all" may apply it unasked: only when the
 *                  change cannot alter what the writer meant
 * @param preferred whether this is the finding's best fix
 */
public record Fix(String title, List<Edit> edits, boolean safe, boolean preferred) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String title, Edit... edits) {
        return new Fix(title, List.of(edits), true, true);
    }

    public static Fix suggestion(String title, Edit... edits) {
        return new Fix(title, List.of(edits), false, false);
    }
}
