package dev.vouch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vouch.rule.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static List<Integer> placeholderLines(String md) {
        var result = Linter.standard().check(null, md);
        return result.findings().stream().filter(f -> f.ruleId().equals("citations.placeholder"))
                .map((Finding f) -> result.draft().lines().lineOf(f.span().start()) + 1).toList();
    }

    @Test
    void regionsNextLineAndSameLine() {
        String md = String.join("\n",
                "TK one.",                                              // 1 flagged
                "<!-- vouch-disable citations.placeholder -->",         // 2
                "TK two.",                                              // 3
                "<!-- vouch-enable citations.placeholder -->",          // 4
                "TK three.",                                            // 5 flagged
                "<!-- vouch-disable-next-line citations -->",           // 6 a category
                "TK four.",                                             // 7
                "TK five. <!-- vouch-disable-line -->",                 // 8 all rules
                "<!-- vouch-disable -->",                               // 9
                "TK six.",                                              // 10
                "<!-- vouch-enable -->",                                // 11
                "TK seven.",                                            // 12 flagged
                "<!-- vouch-disable-next-line citations.empty-link -->",// 13 another rule
                "TK eight.");                                           // 14 flagged
        assertEquals(List.of(1, 5, 12, 14), placeholderLines(md));
    }

    @Test
    void anUnclosedRegionRunsToTheEnd() {
        assertEquals(List.of(1), placeholderLines("TK.\n\n<!-- vouch-disable citations.placeholder -->\n\nTK.\n\nTK."));
    }

    @Test
    void aFileCommentAfterTheFrontMatterCoversFrontMatterLines() {
        String front = "---\nreadTime: 30\n---\n";
        String body = "A short draft.\n";
        assertEquals(1, readTimeFindings(front + body));
        assertEquals(0, readTimeFindings(front + "<!-- vouch-disable policy.read-time -->\n\n" + body));
        // Below the first prose, a region starts where its comment is.
        assertEquals(1, readTimeFindings(front + body + "\n<!-- vouch-disable policy.read-time -->\n"));
    }

    private static long readTimeFindings(String md) {
        return Linter.standard().check(null, md, java.util.Set.of(dev.vouch.rule.Stage.FAST),
                java.util.function.UnaryOperator.identity()).findings().stream()
                .filter(f -> f.ruleId().equals("policy.read-time")).count();
    }

    @Test
    void anUnknownRuleIdInASuppressionIsAProblemAtTheComment() {
        String md = "TK one. <!-- vouch-disable-line citations.placeholdr -->\n\n"
                + "<!-- vouch-disable-next-line citations, policy.read-time -->\nTK two.\n";
        var result = Linter.standard().check(java.nio.file.Path.of("/drafts/a.md"), md,
                java.util.Set.of(dev.vouch.rule.Stage.FAST), java.util.function.UnaryOperator.identity());
        assertEquals(1, result.problems().size(), result.problems().toString());
        var p = result.problems().get(0);
        assertEquals(java.nio.file.Path.of("/drafts/a.md"), p.file());
        assertEquals(1, p.line());
        assertEquals(9, p.column());
        assertEquals(true, p.message().startsWith("unknown rule id \"citations.placeholdr\" in suppression"), p.message());
    }
}
