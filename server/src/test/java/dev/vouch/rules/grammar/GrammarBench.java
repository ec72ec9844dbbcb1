package dev.vouch.rules.grammar;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.engine.CheckResult;
import dev.vouch.engine.Linter;
import dev.vouch.rule.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The grammar benchmark behind docs/benchmarks.md ("Grammar (issue 5)"). Not a test: timings depend on
 * the machine, so they are measured here and recorded with their command, never asserted.
 *
 * <pre>
 * mvn -q -B -o package -DskipTests &amp;&amp; mvn -q -B -o test-compile
 * java -Xmx512m -cp server/target/vouch.jar:server/target/test-classes dev.vouch.rules.grammar.GrammarBench \
 *     make ../shared/corpus 17000 /tmp/vouch-17k.md      # writes the draft (corpus text, never committed)
 * java -Xmx512m -cp server/target/vouch.jar:server/target/test-classes dev.vouch.rules.grammar.GrammarBench \
 *     run /tmp/vouch-17k.md [edits]
 * </pre>
 *
 * {@code make} concatenates the corpus's Markdown files, and again with every prose line prefixed by
 * "Take N:" until the draft has the words asked for, so no two paragraphs are the same (identical
 * paragraphs would be served from the cache). {@code run} reports, in one JVM: the first check (cold:
 * LanguageTool builds and loads), a check with every cache emptied (warm: LanguageTool loaded, nothing
 * cached), a fully cached re-check, and re-checks after editing one paragraph at a time.
 */
public final class GrammarBench {
    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("make")) {
            make(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
        } else if (args.length >= 2 && args[0].equals("run")) {
            run(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 25);
        } else {
            System.err.println("usage: GrammarBench make CORPUS WORDS OUT.md | run DRAFT.md [EDITS]");
            System.exit(2);
        }
    }

    static void make(Path corpus, int words, Path out) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().forEach(files::add);
        }
        StringBuilder b = new StringBuilder();
        int take = 0;
        while (DraftParser.parse(b.toString()).words() < words) {
            take++;
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    boolean prose = !line.isEmpty() && Character.isLetter(line.charAt(0));
                    b.append(take > 1 && prose ? "Take " + take + ": " : "").append(line).append('\n');
                }
                b.append('\n');
                if (take > 1 && DraftParser.parse(b.toString()).words() >= words) {
                    break;
                }
            }
        }
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        Draft d = DraftParser.parse(b.toString());
        System.out.printf("wrote %s: %,d words, %,d blocks, %,d characters%n", out, d.words(), d.blocks().size(),
                b.length());
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of this thread, in ms: unlike wall time, it does not grow when other processes share the cores. */
    private static double cpu() {
        return THREADS.getCurrentThreadCpuTime() / 1e6;
    }

    static void run(Path draftFile, int edits) throws Exception {
        String text = Files.readString(draftFile, StandardCharsets.UTF_8);
        Linter linter = Linter.standard();
        Set<Stage> all = EnumSet.allOf(Stage.class);
        int words = DraftParser.parse(text).words();
        System.out.printf("draft: %s, %,d words; %d processors; max heap %d MB%n", draftFile, words,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        System.out.printf("JVM start to main: %,d ms%n", System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        long t0 = System.nanoTime();
        double c0 = cpu();
        CheckResult cold = linter.check(draftFile, text, all, UnaryOperator.identity());
        double coldMs = ms(t0);
        double coldCpu = cpu() - c0;
        System.out.printf("cold   (LanguageTool built in this JVM, nothing cached): %,8.0f ms wall, %,8.0f ms CPU, %,6.0f words/s (CPU)  %d grammar findings%n",
                coldMs, coldCpu, words / (coldCpu / 1000), grammarFindings(cold));

        for (int round = 1; round <= 2; round++) {
            LanguageToolCheck.clearCache();
            linter.checker().clearCache();
            t0 = System.nanoTime();
            c0 = cpu();
            linter.check(draftFile, text, all, UnaryOperator.identity());
            double warmMs = ms(t0);
            double warmCpu = cpu() - c0;
            System.out.printf("warm %d (LanguageTool loaded, caches emptied):           %,8.0f ms wall, %,8.0f ms CPU, %,6.0f words/s (CPU)%n",
                    round, warmMs, warmCpu, words / (warmCpu / 1000));
        }

        double[] cached = new double[5];
        for (int i = 0; i < cached.length; i++) {
            t0 = System.nanoTime();
            linter.check(draftFile, text, all, UnaryOperator.identity());
            cached[i] = ms(t0);
        }
        System.out.printf("cached (same text again, all stages), median of %d:      %,8.1f ms%n", cached.length, median(cached));
        double[] fastOnly = new double[5];
        for (int i = 0; i < fastOnly.length; i++) {
            t0 = System.nanoTime();
            linter.check(draftFile, text, EnumSet.of(Stage.FAST), UnaryOperator.identity());
            fastOnly[i] = ms(t0);
        }
        System.out.printf("cached, FAST stage only (--no-grammar), median of %d:    %,8.1f ms%n", fastOnly.length,
                median(fastOnly));

        // One-paragraph edits: each edit changes a different paragraph, as a writer revising would.
        List<Block> paragraphs = DraftParser.parse(text).blocks().stream()
                .filter(b -> b.words() >= 20).toList();
        double[] edit = new double[Math.min(edits, paragraphs.size())];
        double[] editCpu = new double[edit.length];
        String current = text;
        long runs0 = LanguageToolCheck.runs();
        for (int i = 0; i < edit.length; i++) {
            Block p = paragraphs.get((int) ((long) i * paragraphs.size() / edit.length));
            Draft d = DraftParser.parse(current);
            Block now = d.blockAt(p.span().start());
            int at = now == null ? p.span().start() : now.span().start();
            current = current.substring(0, at) + "Indeed, " + current.substring(at);
            t0 = System.nanoTime();
            c0 = cpu();
            linter.check(draftFile, current, all, UnaryOperator.identity());
            edit[i] = ms(t0);
            editCpu[i] = cpu() - c0;
        }
        System.out.printf("re-check after a one-paragraph edit (%d edits, all stages): wall median %,6.1f ms, p90 %,6.1f ms, max %,6.1f ms; CPU median %,6.1f ms, p90 %,6.1f ms; %d blocks sent to LanguageTool%n",
                edit.length, median(edit), percentile(edit, 0.9), Arrays.stream(edit).max().orElse(0),
                median(editCpu), percentile(editCpu, 0.9), LanguageToolCheck.runs() - runs0);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("heap in use after GC: %d MB; peak heap in use (sum of pool peaks): %d MB; max heap %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, peak >> 20, rt.maxMemory() >> 20);
    }

    private static long grammarFindings(CheckResult r) {
        return r.findings().stream().filter(f -> f.ruleId().startsWith("grammar.")).count();
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double median(double[] xs) {
        return percentile(xs, 0.5);
    }

    private static double percentile(double[] xs, double q) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(q * s.length) - 1)];
    }
}
