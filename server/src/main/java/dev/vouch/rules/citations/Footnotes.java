package dev.vouch.rules.citations;

import dev.vouch.draft.Draft;
import dev.vouch.draft.FootnoteDefinition;
import dev.vouch.draft.Inline;
import dev.vouch.rule.Edit;
import dev.vouch.text.Span;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Footnote helpers shared by the rules that add or number footnotes. */
public final class Footnotes {
    private Footnotes() {}

    /**
     * An edit that appends {@code [^label]: text} as the draft's last line, after a blank line unless the
     * draft already ends with a footnote definition.
     *
     * <p>When the draft ends inside a code fence that is never closed, a line appended at the end would be
     * code, not a definition (and {@code --fix} would append it again on every pass). The edit then closes
     * the fence first, which renders the code exactly as before. It replaces the draft's last character
     * with itself plus the additions rather than inserting, so that two such fixes overlap and only one
     * is applied per pass: the next pass sees a closed fence and appends a plain definition.
     */
    public static Edit appendDefinition(Draft draft, String label, String text) {
        String src = draft.source();
        String lb = draft.lineBreak();
        String closingFence = openFenceAtEnd(draft);
        if (closingFence != null) {
            int at = src.endsWith("\r\n") ? src.length() - 2 : src.length() - 1;
            boolean endsWithBreak = src.endsWith("\n") || src.endsWith("\r");
            String kept = src.substring(at);
            String added = (endsWithBreak ? "" : lb) + closingFence + lb + lb + "[^" + label + "]: " + text + lb;
            return Edit.replace(Span.of(at, src.length()), kept + added);
        }
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

    /**
     * The line that closes the fenced code block the draft ends inside, or null when the draft does not
     * end in an unclosed fence. The closing fence takes the opening line's indentation, so that inside a
     * list item it stays within the item; after other container markers ({@code > }, {@code - }) no closing
     * fence is needed, as an unindented line ends the container and the fence with it.
     */
    static String openFenceAtEnd(Draft draft) {
        String src = draft.source();
        for (Span code : draft.codeBlocks()) {
            if (!src.substring(Math.min(code.end(), src.length())).isBlank()) {
                continue;
            }
            int lineStart = draft.lines().lineStart(draft.lines().lineOf(code.start()));
            String block = src.substring(lineStart, Math.min(code.end(), src.length()));
            Matcher open = OPENING_FENCE.matcher(block);
            if (!open.lookingAt()) {
                return null; // an indented code block, or a fence after a container marker
            }
            String indent = open.group(1);
            String fence = open.group(2);
            String[] lines = block.split("\\R", -1);
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.length() >= fence.length() && l.chars().allMatch(c -> c == fence.charAt(0))) {
                    return null; // closed
                }
            }
            return indent + fence;
        }
        return null;
    }

    private static final Pattern OPENING_FENCE = Pattern.compile("([ \\t]*)(`{3,}|~{3,})");

    private static boolean endsInFootnoteDefinition(Draft draft) {
        if (draft.footnoteDefinitions().isEmpty()) {
            return false;
        }
        FootnoteDefinition last = draft.footnoteDefinitions().get(draft.footnoteDefinitions().size() - 1);
        return draft.source().substring(last.span().end()).isBlank();
    }
}
