package dev.vouch.rule;

import java.util.List;

/**
 * A change that resolves a finding: edits to the draft, or a command for changes elsewhere (adding a
 * word to the project dictionary). Editors show both; {@code vouch check --fix} applies only safe edits.
 *
 * @param title     what the writer sees in the quick-fix menu ("Add a footnote definition")
 * @param edits     non-overlapping edits to the draft
 * @param safe      whether {@code vouch check --fix} and "fix all" may apply it unasked: only when the
 *                  change cannot alter what the writer meant
 * @param preferred whether this is the finding's best fix
 * @param command   a command the editor runs instead of (or after) the edits, or null
 */
public record Fix(String title, List<Edit> edits, boolean safe, boolean preferred, FixCommand command) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public Fix(String title, List<Edit> edits, boolean safe, boolean preferred) {
        this(title, edits, safe, preferred, null);
    }

    public static Fix safe(String title, Edit... edits) {
        return new Fix(title, List.of(edits), true, true, null);
    }

    public static Fix suggestion(String title, Edit... edits) {
        return new Fix(title, List.of(edits), false, false, null);
    }

    /** A fix carried out by a command (never applied by {@code --fix}). */
    public static Fix command(String title, FixCommand command) {
        return new Fix(title, List.of(), false, false, command);
    }

    public Fix preferred(boolean p) {
        return new Fix(title, edits, safe, p, command);
    }
}
