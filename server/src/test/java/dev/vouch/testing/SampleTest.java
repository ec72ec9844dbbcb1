package dev.vouch.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Category;
import dev.vouch.rule.Finding;
import dev.vouch.rule.Stage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The one generic test of every annotated sample (see {@link AnnotatedSample}). */
class SampleTest {
    private static final Linter LINTER = Linter.standard();

    @TestFactory
    Stream<DynamicTest> everyAnnotatedSample() throws Exception {
        List<Path> samples = AnnotatedSample.all();
        if (samples.isEmpty()) {
            fail("no annotated samples found");
        }
        return samples.stream().map(p -> DynamicTest.dynamicTest(
                TestPaths.projectRoot().relativize(p).toString(), () -> check(p)));
    }

    static void check(Path path) throws Exception {
        AnnotatedSample sample = AnnotatedSample.read(path);
        Set<Stage> stages = sample.categories().contains(Category.GRAMMAR) ? EnumSet.allOf(Stage.class)
                : EnumSet.of(Stage.FAST);
        CheckResult result = LINTER.check(path, sample.text(), stages, UnaryOperator.identity());
        TreeMap<Integer, TreeSet<String>> actual = new TreeMap<>();
        TreeMap<Integer, List<String>> messages = new TreeMap<>();
        StringBuilder problems = new StringBuilder();
        for (Finding f : result.findings()) {
            String cat = f.ruleId().substring(0, f.ruleId().indexOf('.'));
            if (!sample.categories().contains(Category.fromId(cat))) {
                continue;
            }
            int line = result.draft().lines().lineOf(f.span().start()) + 1;
            String severity = sample.severities().getOrDefault(line, new TreeMap<>()).get(f.ruleId());
            if (severity != null && !severity.equals(f.severity().name().toLowerCase(java.util.Locale.ROOT))) {
                problems.append("\n  line ").append(line).append(": ").append(f.ruleId()).append(" is ")
                        .append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append(", not ").append(severity);
            }
            actual.computeIfAbsent(line, l -> new TreeSet<>()).add(f.ruleId());
            messages.computeIfAbsent(line, l -> new java.util.ArrayList<>()).add(f.ruleId() + ": " + f.message());
        }
        TreeSet<Integer> lines = new TreeSet<>(actual.keySet());
        lines.addAll(sample.expected().keySet());
        for (int line : lines) {
            Set<String> want = sample.expected().getOrDefault(line, new TreeSet<>());
            Set<String> got = actual.getOrDefault(line, new TreeSet<>());
            if (want.equals(got)) {
                continue;
            }
            TreeSet<String> missing = new TreeSet<>(want);
            missing.removeAll(got);
            TreeSet<String> unexpected = new TreeSet<>(got);
            unexpected.removeAll(want);
            problems.append("\n  line ").append(line).append(": ").append(sample.line(line).strip());
            if (!missing.isEmpty()) {
                problems.append("\n    expected but not reported: ").append(missing);
            }
            if (!unexpected.isEmpty()) {
                problems.append("\n    reported but not expected: ").append(messages.get(line));
            }
        }
        if (!result.errors().isEmpty()) {
            problems.append("\n  rule errors: ").append(result.errors());
        }
        if (!result.problems().isEmpty()) {
            problems.append("\n  configuration problems: ").append(result.problems());
        }
        if (problems.length() > 0) {
            fail(path + ":" + problems);
        }
    }
}
