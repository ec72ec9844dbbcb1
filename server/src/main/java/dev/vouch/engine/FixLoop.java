package dev.vouch.engine;

import dev.vouch.rule.Edit;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code --fix}: safe fixes applied pass after pass (a fix skipped for overlapping another is picked up
 * on the re-checked text) until nothing is left to fix. A pass is kept only if every fix in it removed
 * the finding it was made for; otherwise the pass is undone and tried again without the fixes that did
 * not work, and those are never offered again. So a fix that does not resolve its finding (say, a
 * footnote stub that ends up inside an unclosed code fence) is not applied at all, let alone once per
 * pass, and no fix is ever applied twice.
 */
public final class FixLoop {
    private FixLoop() {}

    /**
     * @param text    the fixed text
     * @param result  the check of the fixed text
     * @param applied titles of the fixes applied, in order
     * @param refused titles of safe fixes not applied because they did not remove their finding
     */
    public record Outcome(String text, CheckResult result, List<String> applied, List<String> refused) {}

    public static Outcome run(String text, CheckResult first, Function<String, CheckResult> check, int maxChecks) {
        String current = text;
        CheckResult result = first;
        List<String> applied = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Set<String> barred = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (int checks = 0; checks < maxChecks; checks++) {
            List<Choice> chosen = choose(current, result.findings(), barred, done);
            if (chosen.isEmpty()) {
                break;
            }
            String next = Fixes.apply(current, chosen.stream().map(Choice::fix).toList());
            if (next.equals(current)) {
                break;
            }
            CheckResult nextResult = check.apply(next);
            Map<String, Integer> before = counts(result.findings());
            Map<String, Integer> after = counts(nextResult.findings());
            List<Choice> failed = new ArrayList<>();
            for (Choice c : chosen) {
                String k = findingKey(c.finding());
                if (after.getOrDefault(k, 0) >= before.getOrDefault(k, 0)) {
                    failed.add(c);
                }
            }
            if (!failed.isEmpty()) {
                for (Choice c : failed) {
                    if (barred.add(fixKey(c.finding(), c.fix()))) {
                        refused.add(c.fix().title());
                    }
                }
                continue; // undo the pass: try again from the same text without the failed fixes
            }
            for (Choice c : chosen) {
                applied.add(c.fix().title());
                done.add(signature(current, c.finding(), c.fix()));
            }
            current = next;
            result = nextResult;
        }
        return new Outcome(current, result, applied, refused);
    }

    private record Choice(Finding finding, Fix fix) {}

    /** As {@link Fixes#safeFixes}, leaving out barred fixes and fixes already applied once. */
    private static List<Choice> choose(String text, List<Finding> findings, Set<String> barred, Set<String> done) {
        List<Finding> open = new ArrayList<>();
        for (Finding f : findings) {
            List<Fix> allowed = f.fixes().stream()
                    .filter(x -> !barred.contains(fixKey(f, x)) && !done.contains(signature(text, f, x))).toList();
            if (!allowed.isEmpty()) {
                open.add(new Finding(f.ruleId(), f.span(), f.message(), f.severity(), allowed, f.evidence()));
            }
        }
        List<Fix> fixes = Fixes.safeFixes(open);
        List<Choice> out = new ArrayList<>();
        for (Fix fix : fixes) {
            for (Finding f : open) {
                if (f.fixes().contains(fix)) {
                    out.add(new Choice(f, fix));
                    break;
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> m = new HashMap<>();
        for (Finding f : findings) {
            m.merge(findingKey(f), 1, Integer::sum);
        }
        return m;
    }

    private static String findingKey(Finding f) {
        return f.ruleId() + '\u0000' + f.message();
    }

    private static String fixKey(Finding f, Fix fix) {
        return findingKey(f) + '\u0000' + fix.title();
    }

    /** The same fix for the same finding on the same line text: applying it again would repeat it. */
    private static String signature(String text, Finding f, Fix fix) {
        StringBuilder b = new StringBuilder(fixKey(f, fix));
        for (Edit e : fix.edits()) {
            b.append('\u0001').append(e.newText());
        }
        int lineStart = f.span().start() == 0 ? 0 : text.lastIndexOf('\n', f.span().start() - 1) + 1;
        int lineEnd = text.indexOf('\n', f.span().end());
        b.append('\u0002').append(text, lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return b.toString();
    }
}
