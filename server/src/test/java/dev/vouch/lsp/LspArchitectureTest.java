package dev.vouch.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The language server translates the engine's results; it does not reach into the CLI. */
class LspArchitectureTest {
    @Test
    void lspDoesNotDependOnTheCli() throws Exception {
        Path dir = TestPaths.projectRoot().resolve("server/src/main/java/dev/vouch/lsp");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (text.contains("dev.vouch.cli") || text.contains("picocli")) {
                    offenders.add(f.getFileName().toString());
                }
            }
        }
        assertTrue(offenders.isEmpty(), "language server classes that depend on the CLI: " + offenders);
    }
}
