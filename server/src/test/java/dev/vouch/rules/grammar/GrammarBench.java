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
 * java -cp … GrammarBench folder ../shared/corpus 100 1000 /tmp/vouch-100   # 100 drafts, no paragraph repeated
 * java -cp … GrammarBench curve ../shared/corpus 1000 3000 10000 30000 100000  # check time against words
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
        } else if (args.length >= 5 && args[0].equals("folder")) {
            folder(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } else if (args.length >= 3 && args[0].equals("curve")) {
            List<Integer> sizes = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                sizes.add(Integer.parseInt(args[i]));
            }
            curve(Path.of(args[1]), sizes);
        } else if (args.length >= 2 && args[0].equals("run")) {
            run(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 25);
        } else {
            System.err.println("usage: GrammarBench make CORPUS WORDS OUT.md | folder CORPUS COUNT WORDS DIR | curve CORPUS WORDS... | run DRAFT.md [EDITS]");
            System.exit(2);
        }
    }

    static void make(Path corpus, int words, Path out) throws Exception {
        String text = text(corpus, words);
        Files.writeString(out, text, StandardCharsets.UTF_8);
        Draft d = DraftParser.parse(text);
        System.out.printf("wrote %s: %,d words, %,d blocks, %,d characters%n", out, d.words(), d.blocks().size(),
                text.length());
    }

    /**
     * {@code count} drafts of about {@code wordsEach} words in {@code dir} (draft-001.md …): the text
     * {@link #make} writes for all of them, cut at blank lines, so no paragraph repeats in the folder.
     */
    static void folder(Path corpus, int count, int wordsEach, Path dir) throws Exception {
        String all = text(corpus, count * wordsEach + wordsEach);
        Files.createDirectories(dir);
        String[] paragraphs = all.split("\n\s*\n");
        int p = 0;
        long total = 0;
        for (int i = 1; i <= count; i++) {
            StringBuilder b = new StringBuilder("# Draft " + i + "\n\n");
            int w = 0;
            while (w < wordsEach && p < paragraphs.length) {
                String para = paragraphs[p++].strip();
                if (para.isEmpty()) {
                    continue;
                }
                b.append(para).append("\n\n");
                w += dev.vouch.draft.WordCounter.count(para);
            }
            Files.writeString(dir.resolve(String.format("draft-%03d.md", i)), b.toString(), StandardCharsets.UTF_8);
            total += DraftParser.parse(b.toString()).words();
        }
        System.out.printf("wrote %s: %d drafts, %,d words%n", dir, count, total);
    }

    /** The corpus's Markdown files, again with each prose line prefixed "Take N:", until {@code words}. */
    private static String text(Path corpus, int words) throws Exception {
        return text(corpus, words, null);
    }

    /** With a {@code tag}, every prose line is prefixed with it (and its take), so texts of two tags share no paragraph. */
    private static String text(Path corpus, int words, String tag) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().forEach(files::add);
        }
        StringBuilder b = new StringBuilder();
        int take = 0;
        long count = 0; // words so far, counted file by file (parsing the whole text each time is quadratic)
        while (count < words) {
            take++;
            for (Path f : files) {
                StringBuilder chunk = new StringBuilder();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    boolean prose = !line.isEmpty() && Character.isLetter(line.charAt(0));
                    String prefix = tag != null ? tag + " take " + take + ": " : take > 1 ? "Take " + take + ": " : "";
                    chunk.append(prose ? prefix : "").append(line).append('\n');
                }
                chunk.append('\n');
                int chunkWords = DraftParser.parse(chunk.toString()).words();
                if (count + chunkWords > words * 1.05) { // the last file only in part, a paragraph at a time
                    for (String para : chunk.toString().split("\n\n")) {
                        if (count >= words) {
                            break;
                        }
                        b.append(para).append("\n\n");
                        count += DraftParser.parse(para).words();
                    }
                    break;
                }
                b.append(chunk);
                count += chunkWords;
                if (count >= words) {
                    break;
                }
            }
        }
        return b.toString();
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

    /**
     * The cost curve in one warm JVM (no JVM start, LanguageTool loaded, JIT warmed on other text): for each
     * size, a fresh linter checks a text no cache has seen, FAST stage alone and then all stages, on texts
     * tagged apart so that no per-content memo serves one from the other. CPU time of the checking thread.
     */
    static void curve(Path corpus, List<Integer> sizes) throws Exception {
        Set<Stage> all = EnumSet.allOf(Stage.class);
        Set<Stage> fast = EnumSet.of(Stage.FAST);
        String warm = text(corpus, 10_000, "Warm-up");
        new Linter(dev.vouch.rule.RuleRegistry.standard()).check(null, warm, all, UnaryOperator.identity());
        new Linter(dev.vouch.rule.RuleRegistry.standard()).check(null, text(corpus, 10_000, "Warm-up 2"), fast,
                UnaryOperator.identity());
        System.out.println("words\tFAST ms CPU\tFAST ms wall\tall stages ms CPU\tall stages ms wall");
        for (int size : sizes) {
            double[] row = new double[4];
            int words = 0;
            for (int m = 0; m < 2; m++) {
                String text = text(corpus, size, (m == 0 ? "Fast " : "All ") + size);
                words = DraftParser.parse(text).words();
                Linter linter = new Linter(dev.vouch.rule.RuleRegistry.standard());
                long t0 = System.nanoTime();
                double c0 = cpu();
                linter.check(null, text, m == 0 ? fast : all, UnaryOperator.identity());
                row[m * 2] = cpu() - c0;
                row[m * 2 + 1] = ms(t0);
            }
            System.out.printf(java.util.Locale.ROOT, "%d\t%.0f\t%.0f\t%.0f\t%.0f%n", words, row[0], row[1], row[2], row[3]);
        }
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
