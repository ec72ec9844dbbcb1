package dev.vouch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.draft.DraftParser;
import dev.vouch.rule.Edit;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Severity;
import dev.vouch.rule.Stage;
import dev.vouch.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The {@code --fix} loop never applies a fix that leaves its finding in place, and never one fix twice. */
class FixLoopTest {
    private static final Linter LINTER = Linter.standard();

    private static CheckResult result(String text, List<Finding> findings) {
        return new CheckResult(DraftParser.parse(text), findings, Map.of(), List.of(), List.of(), Set.of(Stage.FAST));
    }

    /** A rule whose fix appends a line but whose finding never goes away. */
    private static CheckResult stubborn(String text) {
        Fix append = Fix.safe("Append a line", Edit.insert(text.length(), "more\n"));
        return result(text, List.of(new Finding("test.stubborn", Span.of(0, 1), "Always here.", Severity.WARNING,
                List.of(append), null)));
    }

    @Test
    void aFixThatDoesNotRemoveItsFindingIsNotAppliedAtAll() {
        AtomicInteger checks = new AtomicInteger();
        Function<String, CheckResult> check = t -> {
            checks.incrementAndGet();
            return stubborn(t);
        };
        FixLoop.Outcome o = FixLoop.run("text\n", stubborn("text\n"), check, 10);
        assertEquals("text\n", o.text(), "the text must be left as it was");
        assertTrue(o.applied().isEmpty(), o.applied().toString());
        assertEquals(List.of("Append a line"), o.refused());
        assertEquals(1, checks.get(), "one trial, then the fix is barred");
        assertEquals(1, o.result().findings().size(), "the finding is still reported");
    }

    @Test
    void fixesThatWorkAreKeptBesideOnesThatDoNot() {
        // "x" findings are fixed by deleting the x; the stubborn finding's fix is refused.
        Function<String, CheckResult> check = t -> {
            List<Finding> fs = new ArrayList<>(stubborn(t).findings());
            for (int i = t.indexOf('x'); i >= 0; i = t.indexOf('x', i + 1)) {
                fs.add(new Finding("test.x", Span.of(i, i + 1), "An x.", Severity.WARNING,
                        List.of(Fix.safe("Delete x", Edit.delete(Span.of(i, i + 1)))), null));
            }
            return result(t, fs);
        };
        FixLoop.Outcome o = FixLoop.run("axbx\n", check.apply("axbx\n"), check, 10);
        assertEquals("ab\n", o.text());
        assertEquals(List.of("Delete x", "Delete x"), o.applied());
    }

    @Test
    void aFootnoteStubInADraftEndingInAnOpenFenceIsAddedOnceAndResolvesTheFinding() {
        String text = "A note[^q].\n\n```\ncode never closed\n";
        String once = FixLoop.run(text, LINTER.check(null, text), t -> LINTER.check(null, t), 10).text();
        assertEquals("A note[^q].\n\n```\ncode never closed\n```\n\n[^q]: \n", once);
        assertFalse(LINTER.check(null, once).findings().stream()
                .anyMatch(f -> f.ruleId().equals("citations.undefined-footnote")));
        String twice = FixLoop.run(once, LINTER.check(null, once), t -> LINTER.check(null, t), 10).text();
        assertEquals(once, twice, "a second --fix must change nothing");
    }
}
