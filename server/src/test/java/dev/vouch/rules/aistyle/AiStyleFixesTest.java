package dev.vouch.rules.aistyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.engine.Fixes;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Stage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The quick fixes of the ai-style rules: offered, never applied unasked, and they leave valid prose. */
class AiStyleFixesTest {
    private static final Linter LINTER = Linter.standard();

    private static String applyFirst(String text, String ruleId) {
        List<Finding> fs = LINTER.check(Path.of("post.md"), text, EnumSet.of(Stage.FAST), UnaryOperator.identity())
                .findings().stream().filter(f -> f.ruleId().equals(ruleId) && !f.fixes().isEmpty()).toList();
        assertFalse(fs.isEmpty(), "no " + ruleId + " finding with a fix in: " + text);
        Fix fix = fs.get(0).fixes().get(0);
        assertFalse(fix.safe(), "word choice is the writer's: never applied by --fix");
        return Fixes.apply(text, List.of(fix));
    }

    @Test
    void replacesAWordKeepingItsCapital() {
        assertEquals("We use the data we have, and delve into none of it.\n",
                applyFirst("We utilize the data we have, and delve into none of it.\n", "ai-style.vocabulary"));
        assertEquals("Look into the archive first.\n", applyFirst("Delve into the archive first.\n", "ai-style.vocabulary"));
    }

    @Test
    void deletesAThroatClearingFrameAndRecapitalises() {
        assertEquals("Costs rose in the spring.\n",
                applyFirst("It's important to note that costs rose in the spring.\n", "ai-style.stock-phrase"));
        assertEquals("The vote was close. Costs rose.\n",
                applyFirst("The vote was close. It is worth noting that costs rose.\n", "ai-style.stock-phrase"));
        assertEquals("The plan works.\n", applyFirst("In conclusion, the plan works.\n", "ai-style.stock-phrase"));
    }

    @Test
    void deletesAStackedTransition() {
        String fixed = applyFirst("Moreover, the roof leaks. Furthermore, the boiler is old.\n", "ai-style.transition-stack");
        assertEquals("The roof leaks. Furthermore, the boiler is old.\n", fixed);
    }

    @Test
    void deletesASignOffAtTheEndOfAParagraph() {
        assertEquals("The council voted to keep the library open.\n",
                applyFirst("The council voted to keep the library open. I hope this helps!\n", "ai-style.chat-residue"));
    }

    @Test
    void noFixWhenMarkupRunsThroughThePhrase() {
        List<Finding> fs = LINTER.check(Path.of("post.md"), "It's *important* to note that costs rose.\n",
                EnumSet.of(Stage.FAST), UnaryOperator.identity()).findings();
        assertTrue(fs.stream().filter(f -> f.ruleId().equals("ai-style.stock-phrase")).allMatch(f -> f.fixes().isEmpty()),
                "a deletion across emphasis markers would break the markup: " + fs);
    }

    @Test
    void theSentenceCaseFixKeepsNames() {
        String text = "# Title\n\n## Why small teams ship\n\nWe hired in Leeds.\n\n## How we measured it\n\nText.\n\n"
                + "## What Leeds Taught Us About Hiring\n\nMore text.\n";
        assertTrue(applyFirst(text, "ai-style.title-case-heading").contains("## What Leeds taught us about hiring\n"));
    }
}
