package dev.vouch.rules.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Fixes;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Stage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The References section the fix appends resolves the finding, and is prose even after an open fence. */
class NoReferenceListTest {
    private static final Linter LINTER = Linter.standard();
    private static final Path PATH = Path.of("/tmp/vouch-test/post.md");

    private static List<Finding> citations(String text) {
        CheckResult r = LINTER.check(PATH, text, EnumSet.of(Stage.FAST), s -> s);
        return r.findings().stream().filter(f -> f.ruleId().startsWith("citations.")).toList();
    }

    private static String applyTheFix(String text) {
        List<Finding> found = citations(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals("citations.no-reference-list", found.get(0).ruleId());
        assertEquals(text.length(), found.get(0).span().start(), "the finding sits at the end, on no sentence");
        return Fixes.apply(text, found.get(0).fixes());
    }

    @Test
    void theAppendedSectionListsEveryCitationAndLeavesNothingToFlag() {
        String draft = "# Notes\n\nDrift starts early (Okafor et al., 2025), as Lindqvist (2024) saw.\n";
        String fixed = applyTheFix(draft);
        assertTrue(fixed.startsWith(draft), "the writer's text is kept");
        assertTrue(fixed.contains("## References\n\n- Okafor et al., 2025. \n- Lindqvist (2024). \n"), fixed);
        assertEquals(List.of(), citations(fixed));
    }

    @Test
    void aDraftEndingInAnOpenFenceGetsTheFenceClosedFirst() {
        String draft = "# Notes\n\nDrift starts early (Okafor et al., 2025).\n\n```\nlog line\n";
        String fixed = applyTheFix(draft);
        assertTrue(fixed.startsWith(draft), fixed);
        assertEquals(List.of(), citations(fixed));
    }
}
