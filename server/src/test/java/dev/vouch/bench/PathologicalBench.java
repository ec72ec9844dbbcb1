package dev.vouch.bench;

import dev.vouch.draft.DraftParser;
import dev.vouch.engine.Linter;
import dev.vouch.reliability.PathologicalDrafts;
import dev.vouch.rule.Stage;
import java.util.EnumSet;
import java.util.Map;

/**
 * Parse time and FAST-check time of each pathological draft (issue 8), two rounds (the second with warm
 * caches and JIT), on a thread with a 64 MB stack as the CLI and the server use. Not a test: run
 * {@code java -Xmx512m -XX:+UseSerialGC -cp <test classpath> dev.vouch.bench.PathologicalBench}; figures go
 * in docs/benchmarks.md.
 */
public final class PathologicalBench {
    private PathologicalBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, byte[]> all = PathologicalDrafts.all();
        Linter linter = Linter.standard();
        Thread t = new Thread(null, () -> {
            for (int round = 1; round <= 2; round++) {
                for (Map.Entry<String, byte[]> e : all.entrySet()) {
                    String text;
                    try {
                        text = Linter.decode(e.getValue());
                    } catch (java.nio.charset.CharacterCodingException x) {
                        System.out.printf("round %d  %-26s not UTF-8: skipped%n", round, e.getKey());
                        continue;
                    }
                    long p0 = System.nanoTime();
                    DraftParser.parse(null, text);
                    long p1 = System.nanoTime();
                    int n = linter.check(null, text, EnumSet.of(Stage.FAST), s -> s).findings().size();
                    long p2 = System.nanoTime();
                    System.out.printf("round %d  %-26s parse %,8d ms   parse + FAST check %,8d ms   %,7d findings%n",
                            round, e.getKey(), (p1 - p0) / 1_000_000, (p2 - p1) / 1_000_000, n);
                }
            }
        }, "bench", 64L * 1024 * 1024);
        t.start();
        t.join();
    }
}
