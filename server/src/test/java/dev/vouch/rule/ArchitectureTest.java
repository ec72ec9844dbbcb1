package dev.vouch.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The draft model, rules, engine and configuration know nothing of LSP or of the CLI. */
class ArchitectureTest {
    private static final List<String> CORE = List.of("text", "draft", "llm", "rule", "rules", "engine", "config", "lexicon", "ledger",
            "util");

    @Test
    void coreDoesNotImportLspOrCli() throws Exception {
        Path src = TestPaths.projectRoot().resolve("server/src/main/java/dev/vouch");
        List<String> offenders = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = src.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    if (text.contains("org.eclipse.lsp4j") || text.contains("dev.vouch.lsp") || text.contains("dev.vouch.cli")
                            || text.contains("picocli")) {
                        offenders.add(src.relativize(f).toString());
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), "core classes that depend on LSP or the CLI: " + offenders);
    }

    /** The draft model and the LLM block convention it applies sit below the rules: they import none. */
    @Test
    void draftModelAndLlmConventionDoNotDependOnRules() throws Exception {
        Path src = TestPaths.projectRoot().resolve("server/src/main/java/dev/vouch");
        List<String> offenders = new ArrayList<>();
        for (String pkg : List.of("draft", "llm", "text", "lexicon")) {
            try (Stream<Path> s = Files.walk(src.resolve(pkg))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    if (text.contains("dev.vouch.rules.") || text.contains("dev.vouch.rule.") || text.contains("dev.vouch.engine.")) {
                        offenders.add(src.relativize(f).toString());
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), "model classes that depend on rules or the engine: " + offenders);
    }
}
