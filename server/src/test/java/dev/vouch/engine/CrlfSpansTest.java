package dev.vouch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vouch.rule.Edit;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Fix;
import dev.vouch.rule.Stage;
import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every annotated sample with CRLF line breaks: the same findings as with LF, and no finding or fix
 * starts or ends between a CR and its LF (an editor cannot name that position; issue 8's edit fuzzing
 * found one rule that did).
 */
class CrlfSpansTest {
    @Test
    void crlfDraftsGetTheSameFindingsWithNoSpanInsideALineBreak() throws Exception {
        Linter linter = Linter.standard();
        List<Path> samples;
        try (Stream<Path> s = Files.walk(TestPaths.projectRoot().resolve("server/src/test/resources/samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path p : samples) {
            String lf = Files.readString(p).replace("\r\n", "\n");
            String crlf = lf.replace("\n", "\r\n");
            List<Finding> a = linter.check(p, lf, EnumSet.of(Stage.FAST), s -> s).findings();
            List<Finding> b = linter.check(p, crlf, EnumSet.of(Stage.FAST), s -> s).findings();
            if (!a.stream().map(Finding::ruleId).toList().equals(b.stream().map(Finding::ruleId).toList())) {
                problems.add(p.getFileName() + ": LF " + a.stream().map(Finding::ruleId).toList() + " but CRLF "
                        + b.stream().map(Finding::ruleId).toList());
            }
            for (Finding f : b) {
                check(problems, p, crlf, f.ruleId(), f.span().start(), f.span().end());
                for (Fix x : f.fixes()) {
                    for (Edit e : x.edits()) {
                        check(problems, p, crlf, f.ruleId() + " fix", e.span().start(), e.span().end());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(List<String> problems, Path p, String text, String what, int start, int end) {
        for (int o : new int[] {start, end}) {
            if (o > 0 && o < text.length() && text.charAt(o - 1) == '\r' && text.charAt(o) == '\n') {
                problems.add(p.getFileName() + ": " + what + " at " + start + "-" + end + " has an end between CR and LF");
                return;
            }
        }
    }
}
