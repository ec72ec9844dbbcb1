import dev.vouch.draft.DraftParser;
import dev.vouch.engine.CheckResult;
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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Times Vouch's FAST stage on a generated draft of about 17,000 words, made of the project's own sample
 * and evaluation paragraphs (server/src/test/resources), each copy made distinct so no cache helps the
 * first check. Run from the repository root after building:
 *
 *   java -cp server/target/vouch.jar scripts/bench/ClaimsBench.java [words [folder [out.md]]]
 *
 * With a folder (for example ../shared/corpus) the paragraphs come from its Markdown files instead, read
 * at run time. With out.md the generated draft is also written there (for timing {@code vouch check}).
 *
 * Prints: the first check of the draft (new content, warm JVM), and median / p95 of re-checks after
 * editing one paragraph, for all FAST rules and for the claims + citations rules alone, as wall time and
 * as the checking thread's CPU time (the machine is shared, so wall time includes waiting for a core).
 * Each check includes parsing the whole draft.
 */
public class ClaimsBench {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 17_000;
        List<String> paragraphs = paragraphs(Path.of(args.length > 1 ? args[1] : "server/src/test/resources"));
        List<RuleDescriptor> all = RuleRegistry.standard().all();
        List<Rule> claimRules = all.stream().filter(d -> d.id().startsWith("claims.") || d.id().startsWith("citations."))
                .map(RuleDescriptor::rule).toList();
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), draft(paragraphs, target, "file"));
        }
        run("parse only (no rules)", new Linter(new RuleRegistry(List.of())), paragraphs, target, 2);
        run("all FAST rules", new Linter(new RuleRegistry(all.stream().map(RuleDescriptor::rule).toList())), paragraphs, target, 0);
        run("claims + citations rules", new Linter(new RuleRegistry(claimRules)), paragraphs, target, 1);
    }

    static void run(String name, Linter linter, List<String> paragraphs, int target, int seed) {
        // warm the JIT on other content first
        for (int i = 0; i < 3; i++) {
            check(linter, draft(paragraphs, target, "warm" + seed + i));
        }
        String text = draft(paragraphs, target, "run" + seed);
        int words = DraftParser.parse(text).words();
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        CheckResult first = check(linter, text);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        double firstCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        String[] blocks = text.split("\n\n");
        double[] edits = new double[60];
        double[] cpu = new double[60];
        for (int i = 0; i < edits.length; i++) {
            int b = 1 + (i * 37) % (blocks.length - 1);
            blocks[b] = blocks[b] + " Edited " + letters(i) + ".";
            String edited = String.join("\n\n", blocks);
            long s = System.nanoTime();
            long c = CPU.getCurrentThreadCpuTime();
            check(linter, edited);
            edits[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(edits);
        Arrays.sort(cpu);
        int p95 = (int) Math.ceil(edits.length * 0.95) - 1;
        System.out.printf("%-26s %,d words, %d findings%n  first check: %.1f ms wall, %.1f ms CPU%n"
                        + "  after a one-paragraph edit: median %.1f ms wall (%.1f CPU), p95 %.1f ms wall (%.1f CPU)%n",
                name, words, first.findings().size(), firstMs, firstCpu, edits[edits.length / 2], cpu[cpu.length / 2],
                edits[p95], cpu[p95]);
    }

    static CheckResult check(Linter linter, String text) {
        return linter.check(Path.of("bench.md").toAbsolutePath(), text, EnumSet.of(Stage.FAST), UnaryOperator.identity());
    }

    /** Paragraphs of the project's own Markdown samples, without test markers or front matter. */
    static List<String> paragraphs(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                if (p.getFileName().toString().equals("README.md")) {
                    continue;
                }
                String t = Files.readString(p).replaceAll("(?s)^---\n.*?\n---\n", "").replaceAll("<!--.*?-->", "");
                for (String para : t.split("\n\\s*\n")) {
                    if (!para.isBlank() && !para.startsWith("[^") && !para.startsWith("```")) {
                        out.add(para.strip());
                    }
                }
            }
        }
        return out;
    }

    /** About {@code target} words of paragraphs, each copy tagged so its content is new. */
    static String draft(List<String> paragraphs, int target, String tag) {
        StringBuilder b = new StringBuilder("# Benchmark draft\n\n");
        int words = 0;
        for (int i = 0; words < target; i++) {
            String p = paragraphs.get(i % paragraphs.size());
            String tagged = p.startsWith("#") ? p + " " + letters(i) : p + " (" + tag + " " + letters(i) + ")";
            b.append(tagged).append("\n\n");
            words += tagged.split("\\s+").length;
        }
        b.append("[^1]: Okafor, C. (2025). A note.\n");
        return b.toString();
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
