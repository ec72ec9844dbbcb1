package dev.vouch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Input/output pairs for fixes: {@code fixes/NAME.md} with every safe fix applied (as {@code --fix} does,
 * pass after pass) must equal {@code fixes/NAME.fixed.md}, and fixing that again changes nothing.
 */
class FixSampleTest {
    private static final Linter LINTER = Linter.standard();

    @TestFactory
    Stream<DynamicTest> everyFixPair() throws Exception {
        Path dir = TestPaths.testResources().resolve("fixes");
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir)) {
            inputs = s.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".fixed.md")).sorted().toList();
        }
        assertFalse(inputs.isEmpty());
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
            Path out = in.resolveSibling(in.getFileName().toString().replace(".md", ".fixed.md"));
            String fixed = fixAll(in, Files.readString(in));
            assertEquals(Files.readString(out), fixed);
            assertEquals(fixed, fixAll(in, fixed), "fixing the fixed text again must change nothing");
        }));
    }

    /** As {@code vouch check --fix} does it. */
    static String fixAll(Path path, String text) {
        return FixLoop.run(text, LINTER.check(path, text), t -> LINTER.check(path, t), 10).text();
    }
}
