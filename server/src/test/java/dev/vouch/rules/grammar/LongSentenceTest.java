package dev.vouch.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Severity;
import dev.vouch.rule.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A paragraph with a sentence LanguageTool would take minutes over is not sent to it: the grammar rule
 * says so instead, at the place the sentence starts. Found by the pathological drafts (a line of 200,000
 * characters did not finish in five minutes). LanguageTool is never loaded here.
 */
class LongSentenceTest {
    @Test
    void sentencesAreCountedInWordsAndSymbolsBetweenSentenceEnds() {
        assertArrayEquals(new int[] {4, 15, 2}, LanguageToolCheck.longestSentence("One. Two three."));
        assertEquals(4, LanguageToolCheck.longestSentence("One. And U.S. too")[2], "And, U, the inner full stop, S");
        assertEquals(3, LanguageToolCheck.longestSentence("A 😀 b")[2]);
        assertEquals(2, LanguageToolCheck.longestSentence("A b\n\nc d")[2]);
        assertEquals(4, LanguageToolCheck.longestSentence("a b\nc d")[2], "a single line break does not end a sentence");
    }

    @Test
    void anOverlongSentenceGetsANoticeAndNoLanguageToolRun() {
        List<Rule> grammarRules = RuleRegistry.standard().all().stream().filter(d -> d.stage() == Stage.SLOW)
                .map(RuleDescriptor::rule).toList();
        Linter linter = new Linter(new RuleRegistry(grammarRules));
        String sentence = "the writer kept on going ".repeat(300); // 1,500 words, no full stop
        String text = "And then " + sentence + "\n";
        long runs = LanguageToolCheck.runs();
        CheckResult r = linter.check(null, text, EnumSet.allOf(Stage.class), UnaryOperator.identity());
        List<Finding> notices = r.findings().stream()
                .filter(f -> f.message().startsWith("This paragraph was not checked")).toList();
        assertEquals(1, notices.size(), r.findings().toString());
        Finding n = notices.get(0);
        assertEquals("grammar.grammar", n.ruleId());
        assertEquals(Severity.INFO, n.severity());
        assertEquals("And", n.span().of(text));
        assertTrue(n.message().contains("a sentence of about 1,502 words and symbols"), n.message());
        assertTrue(n.evidence().contains(LanguageToolCheck.NOT_CHECKED));
        assertEquals(runs, LanguageToolCheck.runs(), "LanguageTool never saw the paragraph");
    }
}
