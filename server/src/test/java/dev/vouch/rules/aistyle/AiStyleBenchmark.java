package dev.vouch.rules.aistyle;

import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Stage;
import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Not a test: a benchmark, run by hand (docs/benchmarks.md, "AI-assistant style (issue 4)").
 * Builds a draft of about 17,000 words from the ai-style fixtures and samples (each paragraph made
 * unique, so no cache hides the work), then measures
 * <ol>
 *   <li>the AI-style analysis of the whole draft with no cached paragraph (every detector on every
 *       paragraph);</li>
 *   <li>the analysis of a re-parsed draft whose paragraphs are all cached;</li>
 *   <li>edit → fresh FAST-stage diagnostics: one paragraph changes, every FAST rule runs (block rules
 *       re-run only on the changed block, the analysis re-reads only that paragraph).</li>
 * </ol>
 * {@code java -cp server/target/vouch.jar:server/target/test-classes dev.vouch.rules.aistyle.AiStyleBenchmark}
 */
public final class AiStyleBenchmark {
    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 17_000;
        List<String> paragraphs = paragraphs();
        StringBuilder draft = new StringBuilder("# Benchmark draft\n\n");
        int words = 0;
        int n = 0;
        while (words < target) {
            String p = paragraphs.get(n % paragraphs.size());
            draft.append(p).append(" (").append(n).append(")\n\n");
            words += p.split("\\s+").length;
            n++;
        }
        String text = draft.toString();
        Draft parsed = DraftParser.parse(text);
        System.out.printf("draft: %,d words, %,d blocks%n", parsed.words(), parsed.blocks().size());

        // 1. uncached analysis: vary the content so that no paragraph is in the cache
        long[] cold = new long[15];
        long[] coldCpu = new long[cold.length];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < cold.length; i++) {
            Draft d = DraftParser.parse(text.replace(" (", " [" + i + "] ("));
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            AiStyleAnalysis ai = AiStyleAnalysis.of(d);
            cold[i] = System.nanoTime() - t0;
            coldCpu[i] = cpu.getCurrentThreadCpuTime() - c0;
            if (i == 0) {
                System.out.printf("analysis: %d paragraphs, %d flagged, %.1f tells per 1,000 words%n",
                        ai.paragraphCount(), ai.flaggedCount(), ai.tellsPer1000Words());
            }
        }
        report("AI-style analysis, no paragraph cached (first run = cold JVM), wall", cold);
        report("AI-style analysis, no paragraph cached (first run = cold JVM), CPU", coldCpu);

        // 2. the analysis of a re-parsed draft whose paragraphs are all cached (what an edit costs it)
        AiStyleAnalysis.of(parsed);
        long[] cached = new long[40];
        for (int i = 0; i < cached.length; i++) {
            Draft d = DraftParser.parse(text);
            long c0 = cpu.getCurrentThreadCpuTime();
            AiStyleAnalysis.of(d);
            cached[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        report("AI-style analysis, every paragraph cached, CPU", Arrays.copyOfRange(cached, 10, cached.length));

        // 3. edit -> FAST diagnostics, all rules, through the Linter (as the language server calls it)
        Linter linter = Linter.standard();
        Path path = Path.of("bench.md");
        linter.check(path, text, EnumSet.of(Stage.FAST), UnaryOperator.identity());
        long[] edit = new long[60];
        long[] editCpu = new long[edit.length];
        int marker = text.indexOf(" (0)");
        for (int i = 0; i < edit.length; i++) {
            String edited = text.substring(0, marker) + " edit " + i + text.substring(marker);
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            linter.check(path, edited, EnumSet.of(Stage.FAST), UnaryOperator.identity());
            edit[i] = System.nanoTime() - t0;
            editCpu[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        report("edit one paragraph -> all FAST rules (parse + check), wall", Arrays.copyOfRange(edit, 10, edit.length));
        report("edit one paragraph -> all FAST rules (parse + check), CPU", Arrays.copyOfRange(editCpu, 10, edit.length));
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: first %.1f ms, median %.1f ms, p95 %.1f ms (n=%d)%n", what, nanos[0] / 1e6,
                s[s.length / 2] / 1e6, s[(int) Math.ceil(0.95 * s.length) - 1] / 1e6, s.length);
    }

    private static List<String> paragraphs() throws Exception {
        List<String> out = new ArrayList<>();
        Path root = TestPaths.testResources();
        try (Stream<Path> files = Stream.concat(Files.walk(root.resolve("ai-style")), Files.walk(root.resolve("samples/ai-style")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String block : Files.readString(f).split("\n\\s*\n")) {
                    String b = block.strip().replaceAll("<!--.*?-->", "").strip();
                    if (b.length() > 40 && !b.startsWith("#") && !b.startsWith("<") && !b.startsWith("-")) {
                        out.add(b.replace('\n', ' '));
                    }
                }
            }
        }
        return out;
    }
}
