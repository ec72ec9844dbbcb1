package dev.vouch.lsp;

import dev.vouch.draft.Draft;
import dev.vouch.draft.HtmlComment;
import dev.vouch.engine.Suppressions;
import dev.vouch.rule.Edit;
import dev.vouch.text.LineMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits behind "Disable RULE for this line" and "… in this file": suppression comments in the
 * syntax {@link Suppressions} reads, placed so that nothing renders differently. A line gets an inline
 * {@code <!-- vouch-disable-line RULE -->} at its end (before a hard line break's trailing spaces or
 * backslash); a file gets a {@code <!-- vouch-disable RULE -->} block at its top, after any front matter.
 * An existing comment of the same kind is extended instead of adding a second one. A front-matter line
 * gets no line suppression (a comment there would become part of a YAML value); the file-level comment
 * after the front matter covers it ({@link Suppressions}).
 */
final class SuppressionEdits {
    private static final Pattern LINE_COMMENT = Pattern.compile(
            "<!--\\s*vouch-disable-line((?:[\\s,]+[\\w.\\-]+)*)\\s*-->");
    private static final Pattern FILE_COMMENT = Pattern.compile(
            "^<!--\\s*vouch-disable((?:[\\s,]+[\\w.\\-]+)*)\\s*-->");

    private SuppressionEdits() {}

    /** The edit that suppresses {@code ruleId} on the 0-based {@code line}, or null if it already is. */
    static Edit disableLine(Draft draft, String ruleId, int line) {
        String src = draft.source();
        LineMap lines = draft.lines();
        int l = Math.max(0, Math.min(line, lines.lineCount() - 1));
        int start = lines.lineStart(l);
        if (inFrontMatter(draft, start)) {
            return null;
        }
        int end = lines.lineEnd(l, src);
        String text = src.substring(start, end);
        Matcher m = LINE_COMMENT.matcher(text);
        if (m.find()) {
            String keys = m.group(1);
            if (keys.isBlank() || hasKey(keys, ruleId)) {
                return null;
            }
            return Edit.insert(start + m.end(1), " " + ruleId);
        }
        int at = end;
        if (text.endsWith("\\")) {
            at = end - 1;
        } else {
            int spaces = 0;
            while (spaces < text.length() && text.charAt(text.length() - 1 - spaces) == ' ') {
                spaces++;
            }
            if (spaces >= 2) {
                at = end - spaces;
            }
        }
        boolean needSpace = at > start && !Character.isWhitespace(src.charAt(at - 1));
        return Edit.insert(at, (needSpace ? " " : "") + "<!-- vouch-disable-line " + ruleId + " -->");
    }

    /** The edit that suppresses {@code ruleId} in the whole draft, or null if it already is. */
    static Edit disableFile(Draft draft, String ruleId) {
        String src = draft.source();
        LineMap lines = draft.lines();
        int top = 0;
        if (draft.frontMatter().present()) {
            int lastLine = lines.lineOf(Math.max(0, draft.frontMatter().span().end() - 1));
            top = lastLine + 1 < lines.lineCount() ? lines.lineStart(lastLine + 1) : src.length();
        }
        // An existing file-level comment: the first comment block, before any prose.
        int firstProse = draft.blocks().isEmpty() ? src.length() : draft.blocks().get(0).span().start();
        for (HtmlComment c : draft.comments()) {
            if (c.span().start() >= firstProse) {
                break;
            }
            Suppressions.Directive d = Suppressions.parse(c.body());
            if (d == null || !d.kind().equals("disable")) {
                continue;
            }
            if (d.keys().isEmpty() || d.keys().contains(ruleId)) {
                return null;
            }
            Matcher m = FILE_COMMENT.matcher(src.substring(c.span().start(), c.span().end()));
            if (m.find()) {
                return Edit.insert(c.span().start() + m.end(1), " " + ruleId);
            }
        }
        String nl = draft.lineBreak();
        String prefix = top == src.length() && top > 0 && !(src.endsWith("\n") || src.endsWith("\r")) ? nl : "";
        int nextLine = lines.lineOf(top);
        boolean nextBlank = top >= src.length()
                || src.substring(lines.lineStart(nextLine), lines.lineEnd(nextLine, src)).isBlank();
        return Edit.insert(top, prefix + "<!-- vouch-disable " + ruleId + " -->" + nl + (nextBlank ? "" : nl));
    }

    /** Whether {@code offset} is inside the draft's front matter (its fences included). */
    static boolean inFrontMatter(Draft draft, int offset) {
        return draft.frontMatter().present() && offset < draft.frontMatter().span().end();
    }

    private static boolean hasKey(String keys, String ruleId) {
        for (String k : keys.strip().split("[\\s,]+")) {
            if (k.equals(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
