package dev.vouch.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vouch.rule.RuleRegistry;
import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed generated files match what the rules say now. */
class GeneratedDocsTest {
    @Test
    void rulesMarkdownIsCurrent() throws Exception {
        Path file = TestPaths.projectRoot().resolve("docs/rules.md");
        String expected = RuleDocs.document(RuleRegistry.standard());
        assertEquals(expected, Files.exists(file) ? Files.readString(file) : "",
                "docs/rules.md is stale: regenerate it with "
                        + "`java -jar server/target/vouch.jar rules --format markdown > docs/rules.md`");
    }

    @Test
    void configSchemaIsCurrent() throws Exception {
        Path file = TestPaths.projectRoot().resolve("docs/vouch.schema.json");
        String expected = ConfigSchema.generate(RuleRegistry.standard());
        assertEquals(expected, Files.exists(file) ? Files.readString(file) : "",
                "docs/vouch.schema.json is stale: regenerate it with "
                        + "`java -jar server/target/vouch.jar rules --format schema > docs/vouch.schema.json`");
    }
}
