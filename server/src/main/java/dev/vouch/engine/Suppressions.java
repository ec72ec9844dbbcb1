package dev.vouch.engine;

import dev.vouch.draft.Draft;
import dev.vouch.draft.HtmlComment;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in a draft:
 * <ul>
 *   <li>{@code <!-- vouch-disable RULES -->} … {@code <!-- vouch-enable RULES -->}: a region (to the end of the
 *       draft when never re-enabled);</li>
 *   <li>{@code <!-- vouch-disable-next-line RULES -->}: the line after the comment's last line;</li>
 *   <li>{@code <!-- vouch-disable-line RULES -->}: the comment's own line.</li>
 * </ul>
 * RULES are rule ids or category ids separated by spaces or commas; none means every rule. A bare
 * {@code vouch-enable} ends every open region. A finding is suppressed when its start is suppressed.
 *
 * <p>A {@code vouch-disable} comment at the top of the draft (before any prose, which is where "Disable
 * RULE in this file" puts it, right after the front matter) starts its region at the very beginning, so it
 * also covers findings on front-matter lines: YAML has no place for an HTML comment.
 */
public final class Suppressions {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^vouch-(disable-next-line|disable-line|disable|enable)(?=\\s|$)\\s*(.*)$", Pattern.DOTALL);

    private record Region(String key, int start, int end) {}

    /** A rule or category id named in a suppression comment, and where the comment starts. */
    public record Named(String key, String kind, int offset) {}

    /** Key for "every rule". */
    private static final String ALL = "*";

    private final List<Region> regions = new ArrayList<>();
    /** Every key a directive names, with the offset of its comment. */
    private final List<Named> named = new ArrayList<>();
    private final Map<Integer, Set<String>> lines = new HashMap<>();
    private final Draft draft;

    private Suppressions(Draft draft) {
        this.draft = draft;
    }

    public static Suppressions of(Draft draft) {
        Suppressions s = new Suppressions(draft);
        s.read();
        return s;
    }

    /** Parses a directive's rule list; empty means all rules. Null if the comment is not a directive. */
    public static Directive parse(String commentBody) {
        Matcher m = DIRECTIVE.matcher(commentBody.strip());
        if (!m.matches()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (String k : m.group(2).strip().split("[\\s,]+")) {
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return new Directive(m.group(1), keys);
    }

    /** A parsed suppression comment: its kind ("disable", "enable", …) and its rule keys. */
    public record Directive(String kind, List<String> keys) {}

    private void read() {
        Map<String, Integer> open = new HashMap<>();
        int firstProse = draft.blocks().isEmpty() ? draft.source().length() : draft.blocks().get(0).span().start();
        for (HtmlComment c : draft.comments()) {
            Directive d = parse(c.body());
            if (d == null) {
                continue;
            }
            List<String> keys = d.keys().isEmpty() ? List.of(ALL) : d.keys();
            Span span = c.span();
            d.keys().forEach(k -> named.add(new Named(k, d.kind(), span.start())));
            int regionStart = span.start() < firstProse ? 0 : span.start();
            switch (d.kind()) {
                case "disable" -> keys.forEach(k -> open.putIfAbsent(k, regionStart));
                case "enable" -> {
                    List<String> closing = d.keys().isEmpty() ? List.copyOf(open.keySet()) : keys;
                    for (String k : closing) {
                        Integer from = open.remove(k);
                        if (from != null) {
                            regions.add(new Region(k, from, span.start()));
                        }
                    }
                }
                case "disable-line" -> addLine(draft.lines().lineOf(span.start()), keys);
                case "disable-next-line" -> addLine(draft.lines().lineOf(Math.max(span.start(), span.end() - 1)) + 1, keys);
                default -> { }
            }
        }
        open.forEach((k, from) -> regions.add(new Region(k, from, draft.source().length() + 1)));
    }

    private void addLine(int line, List<String> keys) {
        lines.computeIfAbsent(line, l -> new java.util.HashSet<>()).addAll(keys);
    }

    /** The ids named in this draft's suppression comments that {@code known} does not accept, in order. */
    public List<Named> unknown(java.util.function.Predicate<String> known) {
        return named.stream().filter(n -> !known.test(n.key())).toList();
    }

    public boolean suppresses(RuleDescriptor rule, int offset) {
        Set<String> onLine = lines.get(draft.lines().lineOf(offset));
        if (onLine != null && matches(onLine, rule)) {
            return true;
        }
        for (Region r : regions) {
            if (offset >= r.start() && offset < r.end() && matches(Set.of(r.key()), rule)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Set<String> keys, RuleDescriptor rule) {
        return keys.contains(ALL) || keys.contains(rule.id()) || keys.contains(rule.category().id());
    }
}
