package dev.vouch.lsp;

import dev.vouch.config.ResolvedConfig;
import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Checker;
import dev.vouch.engine.Suppressions;
import dev.vouch.rule.Finding;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results of the two check stages for one generation of a document, and how they combine. */
final class Results {
    private Results() {}

    /**
     * The FAST stage for one generation. {@code draft} and {@code config} are kept so that the SLOW stage
     * runs on the same parse.
     *
     * @param configEpoch which configuration it was computed under (slow findings carry over only within one)
     * @param grammar     whether the SLOW stage is to run for it
     */
    record Fast(long generation, int version, long configEpoch, Draft draft, ResolvedConfig config,
                CheckResult result, boolean grammar, long nanos, long cpuNanos) {}

    /** The SLOW stage (grammar) for one generation. */
    record Slow(long generation, long configEpoch, Draft draft, CheckResult result, long nanos, long cpuNanos) {}

    /** CPU time of the current thread in nanoseconds (-1 where the JVM cannot measure it). */
    static long cpuNow() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : -1;
    }

    /**
     * Everything a front end shows for one generation: the FAST findings and the SLOW ones, either
     * computed for this generation ({@code grammarDone}) or carried over from an earlier one for the blocks
     * whose text has not changed.
     */
    static View merge(TrackedDocument doc, Fast fast, Slow slow, RuleRegistry registry) {
        List<Finding> findings = new ArrayList<>(fast.result().findings());
        Map<String, Object> metrics = new LinkedHashMap<>(fast.result().metrics());
        List<String> errors = new ArrayList<>(fast.result().errors());
        boolean done = !fast.grammar();
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("fastMs", Math.round(fast.nanos() / 1e5) / 10.0);
        if (fast.cpuNanos() >= 0) {
            timings.put("fastCpuMs", Math.round(fast.cpuNanos() / 1e5) / 10.0);
        }
        if (fast.grammar() && slow != null && slow.configEpoch() == fast.configEpoch()) {
            if (slow.generation() == fast.generation()) {
                findings.addAll(slow.result().findings());
                slow.result().metrics().forEach(metrics::putIfAbsent);
                errors.addAll(slow.result().errors());
                timings.put("grammarMs", Math.round(slow.nanos() / 1e5) / 10.0);
                if (slow.cpuNanos() >= 0) {
                    timings.put("grammarCpuMs", Math.round(slow.cpuNanos() / 1e5) / 10.0);
                }
                done = true;
            } else {
                findings.addAll(carryOver(slow, fast.draft(), registry));
            }
        }
        findings.sort(Checker.ORDER);
        return new View(doc, fast.generation(), fast.version(), fast.draft(), findings, metrics,
                fast.result().problems(), errors, done, timings);
    }

    /**
     * SLOW findings of an earlier generation, moved to where their block now is, for every block whose
     * content is unchanged; findings in edited blocks (and findings outside any block) are dropped until
     * the SLOW stage has run again. Suppression comments are applied again to the new text.
     */
    static List<Finding> carryOver(Slow slow, Draft now, RuleRegistry registry) {
        Draft before = slow.draft();
        Map<String, List<Block>> byContent = new HashMap<>();
        for (Block b : now.blocks()) {
            byContent.computeIfAbsent(b.contentKey(), k -> new ArrayList<>()).add(b);
        }
        Suppressions suppressions = null;
        List<Finding> out = new ArrayList<>();
        for (Finding f : slow.result().findings()) {
            Block old = before.blockAt(f.span().start());
            if (old == null || f.span().end() > old.span().end()) {
                continue;
            }
            List<Block> candidates = byContent.get(old.contentKey());
            if (candidates == null) {
                continue;
            }
            Block target = nearest(candidates, old.index());
            Finding moved = f.shifted(target.span().start() - old.span().start());
            RuleDescriptor rule = registry.get(f.ruleId());
            if (suppressions == null) {
                suppressions = Suppressions.of(now);
            }
            if (rule != null && suppressions.suppresses(rule, moved.span().start())) {
                continue;
            }
            out.add(moved);
        }
        return out;
    }

    private static Block nearest(List<Block> candidates, int index) {
        Block best = candidates.get(0);
        for (Block b : candidates) {
            if (Math.abs(b.index() - index) < Math.abs(best.index() - index)) {
                best = b;
            }
        }
        return best;
    }
}
