package dev.vouch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.rule.CoreOptions;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.standard();
    private final ConfigLoader loader = new ConfigLoader(REGISTRY);
    private static final RuleDescriptor PLACEHOLDER = REGISTRY.get("citations.placeholder");

    private Settings settings(String json) {
        return loader.fromText(json, Path.of("/project/.vouch.json"));
    }

    private static ConfigProblem only(Settings s) {
        assertEquals(1, s.problems().size(), "problems: " + s.problems());
        return s.problems().get(0);
    }

    @Test
    void commentsAndTrailingCommasAreAllowed() {
        Settings s = settings("""
                {
                  // a comment
                  "rules": {"citations.placeholder": "info",}, /* another */
                  "options": {"wordsPerMinute": 200},
                }
                """);
        assertEquals(List.of(), s.problems());
        ResolvedConfig c = ResolvedConfig.of(s);
        assertEquals(Severity.INFO, c.severity(PLACEHOLDER));
        assertEquals(200, c.option(CoreOptions.WORDS_PER_MINUTE, null));
    }

    @Test
    void badJsonNamesLineAndColumn() {
        ConfigProblem p = only(settings("{\n  \"rules\": {\n    \"citations.placeholder\": \"off\"\n  \n"));
        assertEquals(Path.of("/project/.vouch.json"), p.file());
        assertTrue(p.line() >= 4, p.toString());
        assertEquals("unexpected end of file: an object opened at line 2, column 12 is not closed", p.message());
    }

    @Test
    void jsonSyntaxErrorsAreOnePlainLineWithoutJacksonInternals() {
        ConfigProblem cut = only(settings("{\"rules\": {"));
        assertEquals("unexpected end of file: an object opened at line 1, column 11 is not closed", cut.message());
        assertEquals(1, cut.line());
        assertEquals("unexpected end of file: an array opened at line 1, column 7 is not closed",
                only(settings("{\"a\": [1,")).message());
        for (String bad : List.of("{\"a\": [1,", "{ not json", "{\"a\": 1} x", "{\"a\": \"cut")) {
            ConfigProblem p = only(settings(bad));
            assertTrue(!p.message().contains("Source") && !p.message().contains("REDACTED") && !p.message().contains("\n")
                    && !p.message().contains("StreamReadFeature"), bad + " => " + p.message());
            assertTrue(p.line() >= 1 && p.column() >= 1, p.toString());
        }
    }

    @Test
    void frontMatterProblemsPointAtTheOffendingKeyOrEntry() {
        String md = "---\ntitle: x\nvouch:\n  extends: [\"vouch:lesswrong\"]\n  rules:\n    citations.placeholder: warning\n"
                + "    \"nope\": off\n  options:\n    wordsPerMinute: fast\n  ignore:\n    - docs/\n    - 3\n---\nText.\n";
        ResolvedConfig c = ResolvedConfig.forDraft(settings("{}"), DraftParser.parse(Path.of("/project/post.md"), md), loader);
        List<String> at = c.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
        assertEquals(3, at.size(), at.toString());
        assertTrue(at.get(0).startsWith("7:5 front matter vouch: unknown rule \"nope\""), at.toString());
        assertTrue(at.stream().anyMatch(x -> x.startsWith("9:5 ")), "wordsPerMinute: " + at);
        assertTrue(at.stream().anyMatch(x -> x.startsWith("12:5 ")), "the second ignore entry: " + at);
    }

    @Test
    void aYamlSyntaxErrorIsOneCleanLineWithLineAndColumn() {
        Draft d = DraftParser.parse(Path.of("/project/post.md"), "---\ntitle: T\nfoo bar\nbaz: : x\n---\nText.\n");
        ConfigProblem p = ResolvedConfig.forDraft(settings("{}"), d, loader).problems().get(0);
        assertEquals("front matter is not valid YAML: could not find expected ':' (while scanning a simple key)",
                p.message());
        assertEquals(3, p.line());
        assertEquals(1, p.column());
    }

    @Test
    void unknownRuleSuggestsTheClosestId() {
        ConfigProblem p = only(settings("{\n  \"rules\": {\n    \"citations.placeholdr\": \"off\"\n  }\n}"));
        assertEquals(3, p.line());
        assertEquals(5, p.column());
        assertTrue(p.message().contains("did you mean \"citations.placeholder\""), p.message());
    }

    @Test
    void wrongTypesAreReportedWhereTheyAre() {
        ConfigProblem p = only(settings("{\"options\": {\"wordsPerMinute\": \"fast\"}}"));
        assertEquals(1, p.line());
        assertTrue(p.message().contains("whole number"), p.message());
        assertTrue(only(settings("{\"rules\": {\"citations.placeholder\": \"loud\"}}")).message().contains("\"loud\""));
        assertTrue(only(settings("{\"rules\": []}")).message().contains("must be an object"));
        assertTrue(only(settings("{\"extends\": [\"vouch:nope\"]}")).message().contains("unknown preset"));
        assertTrue(only(settings("{\"colour\": 1}")).message().contains("unknown setting"));
        assertTrue(only(settings("{\"a\": 1, \"a\": 2}")).message().contains("duplicate key"));
        assertTrue(only(settings("[1, 2]")).message().contains("JSON object"));
    }

    @Test
    void badEntriesAreSkippedAndTheRestApplies() {
        Settings s = settings("{\"rules\": {\"nope.rule\": \"off\", \"citations.placeholder\": \"off\"}}");
        assertEquals(1, s.problems().size());
        assertNull(ResolvedConfig.of(s).severity(PLACEHOLDER));
    }

    @Test
    void categoriesAndLaterLayersWin() {
        Settings s = settings("{\"rules\": {\"citations\": \"hint\", \"citations.placeholder\": \"error\"}}");
        ResolvedConfig c = ResolvedConfig.of(s);
        assertEquals(Severity.ERROR, c.severity(PLACEHOLDER));
        assertEquals(Severity.HINT, c.severity(REGISTRY.get("citations.empty-link")));
        Settings written = settings("{\"rules\": {\"citations.placeholder\": \"error\", \"citations\": \"off\"}}");
        assertEquals(Severity.ERROR, ResolvedConfig.of(written).severity(PLACEHOLDER),
                "within one file a rule id is more specific than its category, whatever the order");
        Draft d = DraftParser.parse(Path.of("/project/p.md"), "---\nvouch:\n  rules:\n    citations: off\n---\nText.\n");
        assertNull(ResolvedConfig.forDraft(s, d, loader).severity(PLACEHOLDER),
                "a later layer's category setting overrides an earlier layer's rule setting");
    }

    @Test
    void frontMatterOverridesOneDraft() {
        Settings s = settings("{\"rules\": {\"citations.placeholder\": \"error\"}}");
        Draft d = DraftParser.parse(Path.of("/project/post.md"),
                "---\nlang: en-GB\nvouch:\n  rules:\n    citations.placeholder: off\n  options:\n    wordsPerMinute: 300\n---\nText.\n");
        ResolvedConfig c = ResolvedConfig.forDraft(s, d, loader);
        assertEquals(List.of(), c.problems());
        assertNull(c.severity(PLACEHOLDER));
        assertEquals(300, c.option(CoreOptions.WORDS_PER_MINUTE, null));
        assertEquals("en-GB", c.option(CoreOptions.LANGUAGE, null));
    }

    @Test
    void frontMatterLanguageIsNormalisedAndMayNameAnotherLanguage() {
        Settings s = settings("{\"options\": {\"language\": \"en-AU\"}}");
        java.util.function.Function<String, String> lang = fm -> ResolvedConfig.forDraft(s,
                DraftParser.parse(Path.of("/project/post.md"), "---\n" + fm + "\n---\nText.\n"), loader)
                .option(CoreOptions.LANGUAGE, null);
        assertEquals("en-GB", lang.apply("lang: en_gb"));
        assertEquals("de", lang.apply("lang: de"), "another language passes through for rules to skip");
        assertEquals("fr-CA", lang.apply("lang: fr_CA"));
        assertEquals("en-AU", lang.apply("lang: \"not a language\""), "garbage leaves the configured language");
        assertEquals("en-AU", lang.apply("title: none"));
    }

    @Test
    void theRuleNamedInTheIssueButKeptAsPresetDataSaysWhereItWent() {
        ConfigProblem p = only(settings("{\"rules\": {\"policy.unverified-claims\": \"off\"}}"));
        assertTrue(p.message().contains("raise the \"claims\" category"), p.message());
    }

    @Test
    void frontMatterProblemsPointIntoTheDraft() {
        Draft d = DraftParser.parse(Path.of("/project/post.md"), "---\ntitle: x\nvouch:\n  rules:\n    nope: off\n---\nText.\n");
        ResolvedConfig c = ResolvedConfig.forDraft(settings("{}"), d, loader);
        assertEquals(1, c.problems().size());
        ConfigProblem p = c.problems().get(0);
        assertEquals(Path.of("/project/post.md"), p.file());
        assertEquals(5, p.line(), "the offending key's line, not vouch:'s");
        assertEquals(5, p.column());
        assertTrue(p.message().contains("unknown rule \"nope\""), p.message());
    }

    @Test
    void nearestConfigFileAndDictionaryAreFound(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\"words\": [\"Vouch\"]}");
        Files.createDirectories(dir.resolve(".vouch"));
        Files.writeString(dir.resolve(".vouch/dictionary.txt"), "# project words\nflexmark\n\nLanguageTool\n");
        Path sub = Files.createDirectories(dir.resolve("posts/2026"));
        Settings s = loader.forDirectory(sub);
        assertEquals(dir.resolve(".vouch.json").toAbsolutePath().normalize(), s.file());
        assertEquals(List.of("Vouch", "flexmark", "LanguageTool"), ResolvedConfig.of(s).words());
        assertEquals(dir.toAbsolutePath().normalize(), ResolvedConfig.of(s).root());
    }

    @Test
    void personalDictionaryAppliesToEveryProjectAndIsReReadWhenItChanges(@TempDir Path dir) throws Exception {
        Path personal = dir.resolve("config/vouch/dictionary.txt");
        Files.createDirectories(personal.getParent());
        Files.writeString(personal, "# mine\nPlokhy\n");
        ConfigLoader withPersonal = new ConfigLoader(REGISTRY, personal);
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve(".vouch.json"), "{\"words\": [\"Vouch\"]}");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        assertEquals(List.of("Vouch", "Plokhy"), ResolvedConfig.of(withPersonal.forDirectory(project)).words());
        assertEquals(List.of("Plokhy"), ResolvedConfig.of(withPersonal.forDirectory(elsewhere)).words(),
                "with no configuration file the personal words still apply");
        Files.writeString(personal, "Plokhy\nhyperstition\n");
        Files.setLastModifiedTime(personal, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(List.of("Plokhy", "hyperstition"), ResolvedConfig.of(withPersonal.forDirectory(elsewhere)).words());
        assertEquals(List.of(), ResolvedConfig.of(new ConfigLoader(REGISTRY, null).forDirectory(elsewhere)).words());
    }

    @Test
    void personalDictionaryLivesUnderXdgConfigHomeOrTheSystemProperty() {
        String saved = System.getProperty(ConfigLoader.PERSONAL_DICTIONARY_PROPERTY);
        try {
            System.setProperty(ConfigLoader.PERSONAL_DICTIONARY_PROPERTY, "/tmp/words.txt");
            assertEquals(Path.of("/tmp/words.txt"), ConfigLoader.personalDictionaryPath());
            System.setProperty(ConfigLoader.PERSONAL_DICTIONARY_PROPERTY, "");
            assertNull(ConfigLoader.personalDictionaryPath());
            System.clearProperty(ConfigLoader.PERSONAL_DICTIONARY_PROPERTY);
            Path p = ConfigLoader.personalDictionaryPath();
            assertTrue(p == null || p.endsWith(Path.of("vouch", "dictionary.txt")), String.valueOf(p));
        } finally {
            if (saved == null) {
                System.clearProperty(ConfigLoader.PERSONAL_DICTIONARY_PROPERTY);
            } else {
                System.setProperty(ConfigLoader.PERSONAL_DICTIONARY_PROPERTY, saved);
            }
        }
    }

    @Test
    void extendsFilesAndDetectsCycles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.json"), "{\"rules\": {\"citations.placeholder\": \"hint\"}}");
        Files.writeString(dir.resolve(".vouch.json"), "{\"extends\": [\"vouch:recommended\", \"./base.json\"]}");
        Settings s = loader.load(dir.resolve(".vouch.json"));
        assertEquals(List.of(), s.problems());
        assertEquals(Severity.HINT, ResolvedConfig.of(s).severity(PLACEHOLDER));
        Files.writeString(dir.resolve("a.json"), "{\"extends\": \"./b.json\"}");
        Files.writeString(dir.resolve("b.json"), "{\"extends\": \"./a.json\"}");
        Settings cyc = loader.load(dir.resolve("a.json"));
        assertTrue(cyc.problems().stream().anyMatch(p -> p.message().contains("cycle")), cyc.problems().toString());
    }

    @Test
    void ignoreGlobsAreRelativeToTheConfigFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\"ignore\": [\"drafts/old/**\", \"README.md\"]}");
        Settings s = loader.load(dir.resolve(".vouch.json"));
        assertTrue(s.isIgnored(dir.resolve("drafts/old/a.md")));
        assertTrue(s.isIgnored(dir.resolve("README.md")));
        assertTrue(!s.isIgnored(dir.resolve("drafts/new.md")));
    }
}
