package dev.vouch.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.draft.Block;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import dev.vouch.rule.FixCommand;
import dev.vouch.rule.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grammar rules end to end, with LanguageTool. Every test shares the JVM's LanguageTool instances (the
 * pool is static), so only the first pays LanguageTool's start-up.
 */
class GrammarRulesTest {
    private static final Linter LINTER = Linter.standard();

    private static List<Finding> grammar(Path path, String text) {
        CheckResult r = LINTER.check(path, text, EnumSet.allOf(Stage.class), UnaryOperator.identity());
        assertEquals(List.of(), r.errors());
        return r.findings().stream().filter(f -> f.ruleId().startsWith("grammar.")).toList();
    }

    private static List<Finding> grammar(String text) {
        return grammar(null, text);
    }

    private static String covered(String text, Finding f) {
        return f.span().of(text);
    }

    @Test
    void findingsInEveryKindOfBlockMapBackToTheWordsLanguageToolRead() {
        String text = """
                ## Results we recieved

                A paragraph where **we recieved** a [recieved link](https://example.org/recieved) back.

                - a list item we recieved
                - another item

                > A quote that runs on
                > and then recieved more.

                | column | other |
                |---|---|
                | recieved | fine |

                A claim.[^n]

                [^n]: A note we recieved late.
                """;
        List<Finding> found = grammar(text);
        assertEquals(7, found.size(), "one per block; the link destination is never read: " + found);
        var draft = dev.vouch.draft.DraftParser.parse(text);
        for (Finding f : found) {
            assertEquals("grammar.spelling", f.ruleId());
            assertEquals("recieved", covered(text, f), "finding at " + f.span());
            Block b = draft.blockAt(f.span().start());
            assertTrue(b != null && b.span().contains(f.span()), "inside its block: " + f.span());
        }
    }

    @Test
    void grammarFindingsCoverTheWordsAtFault() {
        String text = "We ran the the experiment twice.\n\nThis are the results.\n";
        List<Finding> found = grammar(text);
        assertEquals(List.of("grammar.grammar", "grammar.grammar", "grammar.grammar"),
                found.stream().map(Finding::ruleId).toList(), found.toString());
        assertEquals("the the", covered(text, found.get(0)));
        assertTrue(found.get(0).message().contains("repeated a word"), found.get(0).message());
        assertTrue(found.get(0).evidence().contains("ENGLISH_WORD_REPEAT_RULE"));
        assertTrue(text.indexOf("This are") <= found.get(1).span().start());
    }

    @Test
    void codeUrlsMathAndIdentifiersCauseNoFindings() {
        assertEquals(List.of(), grammar("""
                Call `init_teh_thing()` , then read https://example.org/teh/recieve and `rows`
                are sorted. The `Map` and an `int` differ, where $x_teh$ is small and run_teh_all.py
                runs first.
                """));
    }

    @Test
    void fragmentsAreNotToldToStartWithACapitalOrEndWithAStop() {
        assertEquals(List.of(), grammar("## results and open questions\n\n- fewer parameters\n- faster runs\n\n"
                + "| name | notes |\n|---|---|\n| speed | fast enough |\n"));
        List<Finding> inParagraph = grammar("This is fine. but this sentence is not.\n");
        assertEquals(1, inParagraph.size(), inParagraph.toString());
        assertTrue(inParagraph.get(0).evidence().contains("UPPERCASE_SENTENCE_START"));
    }

    @Test
    void messagesHaveNoMarkupAndSuggestionsAreUnsafeQuickFixes() {
        String text = "The results were embarassing. This are the results.\n";
        List<Finding> found = grammar(text);
        assertFalse(found.isEmpty());
        for (Finding f : found) {
            assertFalse(f.message().contains("<"), f.message());
            assertTrue(f.fixes().stream().filter(x -> x.command() == null).count() <= 5);
            assertTrue(f.fixes().stream().noneMatch(Fix::safe), "no grammar fix is applied by --fix");
        }
        Finding spelling = found.stream().filter(f -> f.ruleId().equals("grammar.spelling")).findFirst().orElseThrow();
        assertEquals("embarassing", covered(text, spelling));
        assertTrue(spelling.fixes().stream().anyMatch(x -> x.title().equals("Replace with \"embarrassing\"")
                && x.edits().get(0).newText().equals("embarrassing") && x.edits().get(0).span().equals(spelling.span())));
        Fix add = spelling.fixes().get(spelling.fixes().size() - 1);
        assertEquals("Add \"embarassing\" to the project dictionary", add.title());
        assertEquals(FixCommand.addToDictionary("embarassing"), add.command());
    }

    @Test
    void namesJargonAndOtherVariantsAreLeftAloneButTyposAreNot() {
        List<Finding> found = grammar("""
                Plokhy and the MIRI team wrote about LLMs and mindware at Astera. The colour of the
                organisation changed. We recieved it and the tempurature rose.
                """);
        assertEquals(List.of("recieved", "tempurature"), found.stream().map(f -> f.message()
                .replaceAll(".*\"(.*)\".*", "$1")).toList(), found.toString());
    }

    @Test
    void projectAndConfigWordsAreAcceptedAsWrittenCapitalisedAndInCapitals(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\"words\": [\"recieved\"]}");
        Files.createDirectories(dir.resolve(".vouch"));
        Files.writeString(dir.resolve(".vouch/dictionary.txt"), "tempurature\n");
        Path post = dir.resolve("post.md");
        assertEquals(List.of(), grammar(post, "We recieved it. Recieved twice. The tempurature rose.\n"));
        assertEquals(1, grammar(post, "The results were embarassing.\n").size());
    }

    @Test
    void languageToolRulesCanBeTurnedOffAndOnByIdInConfigOrFrontMatter(@TempDir Path dir) throws Exception {
        String text = "We tested the model on every input and it returned the same answer each time. We recieved it.\n";
        assertEquals(1, grammar(dir.resolve("a.md"), text).size(), "the optional comma is off by default");
        Files.writeString(dir.resolve(".vouch.json"), """
                {"options": {"languageToolEnabledRules": ["COMMA_COMPOUND_SENTENCE"],
                             "languageToolDisabledRules": ["MORFOLOGIK_RULE_EN_US"]}}""");
        List<Finding> found = grammar(dir.resolve("a.md"), text);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).evidence().contains("COMMA_COMPOUND_SENTENCE"));
        List<Finding> fm = grammar(dir.resolve("b.md"), "---\nvouch:\n  options:\n    languageToolDisabledRules: []\n"
                + "    languageToolEnabledRules: []\n---\n" + text);
        assertEquals(List.of("grammar.spelling"), fm.stream().map(Finding::ruleId).toList(), "front matter wins");
    }

    @Test
    void theDraftsLanguageChoosesTheDictionaryAndOtherLanguagesAreLeftAlone(@TempDir Path dir) throws Exception {
        String both = "The colour and the color of the organization.\n";
        assertEquals(List.of(), grammar("---\nlang: en-GB\n---\n" + both));
        Files.writeString(dir.resolve(".vouch.json"), "{\"rules\": {\"grammar.spelling\": {\"acceptOtherVariants\": false}}}");
        List<Finding> gb = grammar(dir.resolve("gb.md"), "---\nlang: en-GB\n---\n" + both);
        assertEquals(List.of("color"), gb.stream().map(f -> covered("---\nlang: en-GB\n---\n" + both, f)).toList());
        assertTrue(gb.get(0).message().contains("British English"), gb.get(0).message());
        List<Finding> us = grammar(dir.resolve("us.md"), both);
        assertEquals(List.of("colour"), us.stream().map(f -> covered(both, f)).toList());
        assertEquals(List.of(), grammar("---\nlang: de\n---\nDas ist ein Satz mit Fehlern, den wir nicht prüfen.\n"));
    }

    @Test
    void anEditReChecksOnlyTheChangedBlockAndOnePassServesEveryGrammarRule() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append("Paragraph ").append(i).append(" says something about the experiment we ran.\n\n");
        }
        String before = b.toString();
        long r0 = LanguageToolCheck.runs();
        grammar(before);
        long first = LanguageToolCheck.runs() - r0;
        assertEquals(12, first, "one LanguageTool pass per block, shared by spelling and grammar");
        String after = before.replace("Paragraph 5 says", "Paragraph 5 now says");
        long r1 = LanguageToolCheck.runs();
        grammar(after);
        assertEquals(1, LanguageToolCheck.runs() - r1, "only the edited paragraph is checked again");
    }

    @Test
    void addingAWordToTheProjectDictionaryNeedsNoLanguageToolTime(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{}");
        Path post = dir.resolve("post.md");
        String text = "The zorbulation step comes first. We recieved the data after it.\n";
        assertEquals(1, grammar(post, text).size());
        dev.vouch.config.ProjectDictionary.add(dir, "recieved");
        Files.setLastModifiedTime(dir.resolve(".vouch/dictionary.txt"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        long r0 = LanguageToolCheck.runs();
        assertEquals(List.of(), grammar(post, text));
        assertEquals(0, LanguageToolCheck.runs() - r0, "LanguageTool's matches are cached before the dictionary applies");
    }

    @Test
    void anInstanceIsNeverLentToTwoChecksAtOnce() {
        LanguageTools.Key key = new LanguageTools.Key("en-US", Set.of());
        LanguageTools.withInstance(key, outer -> {
            LanguageTools.withInstance(key, inner -> {
                assertNotSame(outer, inner, "a second borrower gets its own instance");
                return null;
            });
            return null;
        });
        assertTrue(LanguageTools.idleInstances(key) >= 2);
    }

    @Test
    void warmUpBuildsAnInstanceInTheBackground() throws Exception {
        LanguageTools.warmUp("en-AU").get(60, TimeUnit.SECONDS);
        assertTrue(LanguageTools.idleInstances(new LanguageTools.Key("en-AU", Set.of())) >= 1);
        LanguageTools.warmUp("de").get(1, TimeUnit.SECONDS);
    }
}
