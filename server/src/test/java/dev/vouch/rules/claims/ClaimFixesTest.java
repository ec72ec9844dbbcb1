package dev.vouch.rules.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Fixes;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claims fixes produce the text they promise, and none of them is applied unasked. */
class ClaimFixesTest {
    private static final Linter LINTER = Linter.standard();

    private static String apply(String text, String ruleId, String title) {
        CheckResult r = LINTER.check(null, text);
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(ruleId)) {
                for (Fix fix : f.fixes()) {
                    if (fix.title().startsWith(title)) {
                        assertFalse(fix.safe(), fix.title() + " must not be safe: it changes what the writer vouches for");
                        return Fixes.apply(text, List.of(fix));
                    }
                }
            }
        }
        throw new AssertionError("no " + ruleId + " finding with a fix \"" + title + "\" in: " + r.findings());
    }

    @Test
    void addsAFootnoteNumberedAfterTheExistingOnes() {
        String text = "Old claim.[^1] Remote work is 28% of paid days. More text.\n\n[^1]: Smith, 2019.\n";
        assertEquals("Old claim.[^1] Remote work is 28% of paid days.[^2] More text.\n\n[^1]: Smith, 2019.\n[^2]: \n",
                apply(text, "claims.statistic", "Add a footnote"));
    }

    @Test
    void theFootnoteStubSettlesTheClaim() {
        String fixed = apply("Remote work is 28% of paid days.\n", "claims.statistic", "Add a footnote");
        assertEquals("Remote work is 28% of paid days.[^1]\n\n[^1]: \n", fixed);
        List<String> left = LINTER.check(null, fixed).findings().stream().map(Finding::ruleId).toList();
        assertFalse(left.contains("claims.statistic"), "an empty note counts as a source being written: " + left);
        assertTrue(left.contains("citations.empty-footnote"), "and the empty note is reported instead: " + left);
    }

    @Test
    void theFootnoteGoesAfterALinkNotInsideIt() {
        String text = "Remote work is 28% of [paid days](#days).\n";
        assertEquals("Remote work is 28% of [paid days](#days).[^1]\n\n[^1]: \n",
                apply(text, "claims.statistic", "Add a footnote"));
    }

    @Test
    void marksANumberAsTheWritersOwnEstimateAndThenLeavesItAlone() {
        String fixed = apply("Remote work is 28% of paid days.\n", "claims.statistic", "Mark as my own estimate");
        assertEquals("Remote work is 28% (my estimate) of paid days.\n", fixed);
        assertTrue(LINTER.check(null, fixed).findings().stream().noneMatch(f -> f.ruleId().startsWith("claims.")));
    }

    @Test
    void offersASofterVerbForProvesAndShows() {
        assertEquals("Research suggests that the method works.\n",
                apply("Research proves that the method works.\n", "claims.research-attribution", "Soften"));
        assertEquals("Studies have suggested that it works.\n",
                apply("Studies have shown that it works.\n", "claims.research-attribution", "Soften"));
        assertEquals("Recent evidence suggests it works.\n",
                apply("Recent evidence shows it works.\n", "claims.research-attribution", "Soften"));
    }

    @Test
    void offersASofterVerbWhereAVagueSourceOrAFieldProvesSomething() {
        assertEquals("A meta-analysis suggests that exercise reduces depression.\n",
                apply("A meta-analysis proves that exercise reduces depression.\n", "citations.vague-source", "Soften"));
        assertEquals("This trial indicates that the drug works.\n",
                apply("This trial demonstrates that the drug works.\n", "citations.vague-source", "Soften"));
        assertEquals("Neuroscience suggests that multitasking is a myth.\n",
                apply("Neuroscience shows that multitasking is a myth.\n", "claims.research-attribution", "Soften"));
    }

    @Test
    void safeFixesNeverTouchClaims() {
        String text = "Remote work is 28% of paid days. Studies show it works.\n";
        assertEquals(text, Fixes.apply(text, Fixes.safeFixes(LINTER.check(null, text).findings())));
    }
}
