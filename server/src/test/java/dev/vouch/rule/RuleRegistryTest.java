package dev.vouch.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vouch.testing.AnnotatedSample;
import dev.vouch.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule is registered, documented, has samples, and has a unique, well-formed id. */
class RuleRegistryTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.standard();

    @Test
    void everyRuleClassIsRegistered() throws IOException {
        Set<String> registered = new HashSet<>();
        REGISTRY.all().forEach(d -> registered.add(d.rule().getClass().getName()));
        List<String> unregistered = new ArrayList<>();
        Path src = TestPaths.projectRoot().resolve("server/src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (text.contains("@RuleInfo(") && !text.contains("@interface RuleInfo")) {
                    String cls = src.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "");
                    if (!registered.contains(cls)) {
                        unregistered.add(cls + " (missing @AutoService(Rule.class)?)");
                    }
                }
            }
        }
        assertTrue(unregistered.isEmpty(), "rules not registered: " + unregistered);
        assertFalse(REGISTRY.all().isEmpty());
    }

    @Test
    void everyRuleIsDocumented() {
        List<String> problems = new ArrayList<>();
        for (RuleDescriptor d : REGISTRY.all()) {
            if (d.summary().isBlank() || d.summary().endsWith(".")) {
                problems.add(d.id() + ": summary must be one line without a final period");
            }
            if (d.explanation().length() < 80) {
                problems.add(d.id() + ": explanation is too short to help a writer");
            }
            if (d.flagged().isEmpty()) {
                problems.add(d.id() + ": no flagged example");
            }
            if (d.passes().isEmpty()) {
                problems.add(d.id() + ": no counter-example");
            }
            for (OptionSpec<?> o : d.options()) {
                if (o.description().isBlank()) {
                    problems.add(d.id() + ": option " + o.name() + " has no description");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRuleHasAPositiveSample() throws IOException {
        Set<String> sampled = new HashSet<>();
        for (Path p : AnnotatedSample.all()) {
            sampled.addAll(AnnotatedSample.read(p).expectedRules());
        }
        List<String> missing = REGISTRY.all().stream().map(RuleDescriptor::id).filter(id -> !sampled.contains(id)).toList();
        assertTrue(missing.isEmpty(), "rules with no annotated sample line: " + missing);
        List<String> unknown = sampled.stream().filter(id -> !REGISTRY.contains(id)).sorted().toList();
        assertTrue(unknown.isEmpty(), "samples expect rules that do not exist: " + unknown);
    }

    @Test
    void idsAreUniqueAndCategorised() {
        Set<String> ids = new HashSet<>();
        for (RuleDescriptor d : REGISTRY.all()) {
            assertTrue(ids.add(d.id()), "duplicate id " + d.id());
            assertEquals(d.category().id(), d.id().substring(0, d.id().indexOf('.')));
        }
    }

    @Test
    void duplicateIdsAreRejected() {
        Rule a = REGISTRY.all().get(0).rule();
        try {
            new RuleRegistry(List.of(a, a));
            fail("a registry with two rules of one id must not load");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains(REGISTRY.all().get(0).id()));
        }
    }
}
