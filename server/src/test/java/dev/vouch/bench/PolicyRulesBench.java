package dev.vouch.bench;

import dev.vouch.engine.Linter;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the policy rules cost on each edit of a 17,000-word draft under both LessWrong presets (every
 * policy rule on, the AI-style analysis they share included), as the median and p95 of 60 checks after
 * one-paragraph edits, minus the same check with no rules (parsing and configuration). Not a test: run
 * {@code java -cp <test classpath> dev.vouch.bench.PolicyRulesBench}; figures go in docs/benchmarks.md.
 */
public final class PolicyRulesBench {
    public static void main(String[] args) throws Exception {
        StringBuilder b = new StringBuilder("---\nai-assisted: true\nreadTime: 70\nvouch:\n"
                + "  extends: [\"vouch:lesswrong-2025\", \"vouch:lesswrong\"]\n  rules:\n"
                + "    policy.banned-phrase: {phrases: [\"game changer\", {pattern: \"paradigm[- ]shift\", regex: true}]}\n"
                + "    policy.required-sections: {sections: [\"TL;DR\"]}\n---\n# A long draft\n\n*Read time: 70 minutes*\n\n");
        String para = "I asked a friend what she made of the argument, and she said the second premise carries most "
                + "of the weight, which is what Claude told me when I tried it last week. The sample is small and "
                + "the effect shrinks once income is controlled for; that is the objection I take most seriously. ";
        int words = 0;
        for (int i = 1; words < 17_000; i++) {
            b.append(para).append(para).append("\n\n");
            words += 2 * para.split("\\s+").length;
            if (i % 10 == 0) {
                b.append("## Section ").append(i).append("\n\n<details>\n<summary>Notes</summary>\n\n").append(para)
                        .append("\n\n</details>\n\n");
            }
        }
        String text = b.toString();
        Path file = Files.createTempDirectory("vouch-bench").resolve("long.md");
        Files.writeString(file, text);
        List<Rule> policy = new ArrayList<>();
        for (RuleDescriptor d : RuleRegistry.standard().all()) {
            if (d.id().startsWith("policy.")) {
                policy.add(d.rule());
            }
        }
        double[] none = run(new Linter(new RuleRegistry(List.of())), file, text);
        double[] with = run(new Linter(new RuleRegistry(policy)), file, text);
        System.out.printf(Locale.ROOT, "%,d words; parse + config: median %.1f ms; with the %d policy rules: median %.1f ms, "
                        + "p95 %.1f ms; the rules alone: median %.1f ms%n", words, none[0], policy.size(), with[0], with[1],
                with[0] - none[0]);
    }

    private static double[] run(Linter linter, Path file, String text) {
        Set<Stage> fast = EnumSet.of(Stage.FAST);
        for (int w = 0; w < 40; w++) {
            linter.check(file, text.replace("Section 5\n", "Section 5 w" + w + "\n"), fast, UnaryOperator.identity());
        }
        long[] t = new long[60];
        for (int r = 0; r < t.length; r++) {
            String edited = text.replace("Section 5\n", "Section 5 r" + r + "\n");
            long s = System.nanoTime();
            linter.check(file, edited, fast, UnaryOperator.identity());
            t[r] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return new double[] {t[30] / 1e6, t[56] / 1e6};
    }
}
