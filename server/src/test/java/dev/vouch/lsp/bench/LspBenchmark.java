package dev.vouch.lsp.bench;

import dev.vouch.draft.WordCounter;
import dev.vouch.lsp.VouchLanguageClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Benchmarks of {@code vouch lsp} as an editor sees it: a real server process spoken to over its stdio.
 * Not a test (nothing is asserted); docs/benchmarks.md records its figures and the command:
 *
 * <pre>
 * mvn -q -B -o package -DskipTests &amp;&amp; mvn -q -B -o test-compile
 * java -cp server/target/vouch.jar:server/target/test-classes dev.vouch.lsp.bench.LspBenchmark \
 *     [--words 17000] [--starts 5] [--edits 200] [--session-minutes 10] [--edit-interval-ms 250] \
 *     [--debounce-ms 150] [--java-opts "-Xmx512m"] [--draft FILE.md]
 * </pre>
 *
 * The draft is built at run time by concatenating the corpus files in {@code ../shared/corpus} (never
 * copied into the project) until it has {@code --words} words, or from a seeded generator when the
 * corpus is absent. Each edit rewrites the start of one paragraph with a new word, so the changed block
 * always misses the cache, as real typing does.
 */
public final class LspBenchmark {
    private final Path jar;
    private final int words;
    private final int starts;
    private final int edits;
    private final double sessionMinutes;
    private final long editIntervalMs;
    private final long debounceMs;
    private final List<String> javaOpts;
    private final Path work;
    private final Path draftFile;

    private LspBenchmark(Map<String, String> o) throws IOException {
        jar = Path.of(o.getOrDefault("--jar", "server/target/vouch.jar")).toAbsolutePath();
        words = Integer.parseInt(o.getOrDefault("--words", "17000"));
        starts = Integer.parseInt(o.getOrDefault("--starts", "5"));
        edits = Integer.parseInt(o.getOrDefault("--edits", "200"));
        sessionMinutes = Double.parseDouble(o.getOrDefault("--session-minutes", "10"));
        editIntervalMs = Long.parseLong(o.getOrDefault("--edit-interval-ms", "250"));
        debounceMs = Long.parseLong(o.getOrDefault("--debounce-ms", "150"));
        String jo = o.getOrDefault("--java-opts", "").strip();
        javaOpts = jo.isEmpty() ? List.of() : Arrays.asList(jo.split("\\s+"));
        work = Files.createTempDirectory("vouch-lsp-bench");
        draftFile = o.containsKey("--draft") ? Path.of(o.get("--draft")) : null;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        new LspBenchmark(o).run();
        System.exit(0);
    }

    private void run() throws Exception {
        String text = draftFile != null ? Files.readString(draftFile, StandardCharsets.UTF_8) : draft(words);
        Path file = work.resolve("long-draft.md");
        Files.writeString(file, text);
        System.out.printf(Locale.ROOT, "draft: %,d words, %,d characters, %d lines (%s)%n", WordCounter.count(text),
                text.length(), text.split("\n", -1).length, draftFile != null ? draftFile.toString()
                        : corpus() != null ? "corpus files concatenated" : "generated");
        System.out.printf(Locale.ROOT, "server: java %s-jar %s lsp --debounce-ms %d; %d processors%n",
                javaOpts.isEmpty() ? "" : String.join(" ", javaOpts) + " ", jar, debounceMs,
                Runtime.getRuntime().availableProcessors());

        // 1. Process start to first (non-grammar) diagnostics, fresh process each time.
        List<Double> startToInit = new ArrayList<>();
        List<Double> startToFirst = new ArrayList<>();
        List<Double> startToFirstSmall = new ArrayList<>();
        List<Double> cpuToFirst = new ArrayList<>();
        List<Double> cpuToFirstSmall = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            boolean small = i % 2 == 1;
            String t = small ? "# A short draft\n\nIt says TK where a number goes.[^1]\n" : text;
            Path f = work.resolve(small ? "short.md" : "long-draft.md");
            Files.writeString(f, t);
            long t0 = System.nanoTime();
            try (Server s = Server.start(this)) {
                s.initialize();
                double init = ms(System.nanoTime() - t0);
                CompletableFuture<Long> first = s.client.fast(f.toUri().toString(), 1);
                s.open(f, t);
                long at = first.get(60, TimeUnit.SECONDS);
                double cpu = s.cpuMs();
                (small ? startToFirstSmall : startToFirst).add(ms(at - t0));
                (small ? cpuToFirstSmall : cpuToFirst).add(cpu);
                startToInit.add(init);
                System.out.printf(Locale.ROOT, "  start %d (%s): initialize %.0f ms, first diagnostics %.0f ms "
                                + "(server CPU by then, all threads: %.0f ms)%n", i + 1,
                        small ? "2-line draft" : words + " words", init, ms(at - t0), cpu);
            }
        }
        System.out.println();
        System.out.println("process start → initialize answered: " + stats(startToInit));
        System.out.println("process start → first diagnostics, " + words + "-word draft: " + stats(startToFirst));
        System.out.println("process start → first diagnostics, 2-line draft: " + stats(startToFirstSmall));
        System.out.println("  server CPU time (user + sys, all its threads) by its first diagnostics, " + words
                + "-word draft: " + stats(cpuToFirst) + "; 2-line draft: " + stats(cpuToFirstSmall));

        // 2. Edit → fresh diagnostics, one paragraph at a time, waiting for each.
        try (Server s = Server.start(this)) {
            s.initialize();
            String uri = file.toUri().toString();
            CompletableFuture<Long> first = s.client.fast(uri, 1);
            CompletableFuture<Long> firstGrammar = s.client.grammar(uri, 1);
            long t0 = System.nanoTime();
            s.open(file, text);
            first.get(60, TimeUnit.SECONDS);
            firstGrammar.get(600, TimeUnit.SECONDS);
            System.out.println();
            System.out.printf(Locale.ROOT, "open → all diagnostics (grammar included) of the %d-word draft: %.0f ms%n",
                    words, ms(s.client.grammarAt(uri, 1) - t0));
            boolean grammarStage = s.client.grammarSeparate.get();
            Editor editor = new Editor(text);
            List<Double> fast = new ArrayList<>();
            List<Double> grammar = new ArrayList<>();
            List<Double> serverFast = new ArrayList<>();
            List<Double> serverGrammar = new ArrayList<>();
            List<Double> serverFastCpu = new ArrayList<>();
            List<Double> serverGrammarCpu = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                int v = i + 2;
                CompletableFuture<Long> f = s.client.fast(uri, v);
                CompletableFuture<Long> g = s.client.grammar(uri, v);
                long sent = System.nanoTime();
                s.change(uri, v, editor.next());
                long fastAt = f.get(60, TimeUnit.SECONDS);
                long grammarAt = g.get(600, TimeUnit.SECONDS);
                if (i >= Math.min(10, edits / 10)) { // the first few warm the JIT up
                    fast.add(ms(fastAt - sent) - debounceMs);
                    grammar.add(ms(grammarAt - sent) - debounceMs);
                    Double sf = s.client.serverFastMs.remove(uri + "#" + v);
                    Double sg = s.client.serverGrammarMs.remove(uri + "#" + v);
                    if (sf != null) {
                        serverFast.add(sf);
                    }
                    if (sg != null) {
                        serverGrammar.add(sg);
                    }
                    Double sfc = s.client.serverFastCpuMs.remove(uri + "#" + v);
                    Double sgc = s.client.serverGrammarCpuMs.remove(uri + "#" + v);
                    if (sfc != null) {
                        serverFastCpu.add(sfc);
                    }
                    if (sgc != null) {
                        serverGrammarCpu.add(sgc);
                    }
                }
                s.client.serverFastMs.remove(uri + "#" + v);
                s.client.serverGrammarMs.remove(uri + "#" + v);
                s.client.serverFastCpuMs.remove(uri + "#" + v);
                s.client.serverGrammarCpuMs.remove(uri + "#" + v);
                s.client.forget(uri, v);
            }
            System.out.println("edit → fresh non-grammar diagnostics, minus the " + debounceMs + " ms debounce ("
                    + fast.size() + " edits): " + stats(fast));
            System.out.println("  of which the FAST check itself on the server (parse, configuration, rules): "
                    + stats(serverFast));
            System.out.println("  the FAST check's CPU time on the server (its thread): " + stats(serverFastCpu));
            System.out.println(grammarStage
                    ? "edit → fresh grammar diagnostics, minus the debounce: " + stats(grammar)
                    + "\n  of which the grammar check itself on the server: " + stats(serverGrammar)
                    + "\n  the grammar check's CPU time on the server (its thread): " + stats(serverGrammarCpu)
                    : "edit → fresh grammar diagnostics: no grammar (SLOW) rule in this build; nothing to measure");
            System.out.printf(Locale.ROOT, "server RSS after the edits: %.0f MB (peak RSS so far, VmHWM: %.0f MB)%n",
                    s.rssMb(), s.peakRssMb());
            if (sessionMinutes <= 0) {
                System.out.printf(Locale.ROOT, "server live heap after a full collection (jcmd GC.run, GC.heap_info): "
                        + "%.0f MB%n", s.liveHeapMb());
            }

            // 3. A long scripted editing session at a steady pace, RSS sampled every 10 s.
            if (sessionMinutes > 0) {
                session(s, uri, editor, edits + 2);
            }
        }
    }

    private void session(Server s, String uri, Editor editor, int firstVersion) throws Exception {
        double liveBefore = s.liveHeapMb();
        long end = System.nanoTime() + (long) (sessionMinutes * 60e9);
        long nextSample = System.nanoTime();
        List<double[]> samples = new ArrayList<>();
        long start = System.nanoTime();
        int v = firstVersion;
        int sent = 0;
        while (System.nanoTime() < end) {
            s.change(uri, v++, editor.next());
            sent++;
            if (System.nanoTime() >= nextSample) {
                samples.add(new double[] {(System.nanoTime() - start) / 60e9, s.rssMb()});
                nextSample += 10_000_000_000L;
            }
            Thread.sleep(editIntervalMs);
        }
        CompletableFuture<Long> last = s.client.fast(uri, v - 1);
        last.get(60, TimeUnit.SECONDS);
        samples.add(new double[] {(System.nanoTime() - start) / 60e9, s.rssMb()});
        double max = samples.stream().mapToDouble(x -> x[1]).max().orElse(0);
        List<double[]> half = samples.subList(samples.size() / 2, samples.size());
        System.out.println();
        System.out.printf(Locale.ROOT, "editing session: %.1f min, %d edits (one every %d ms), %d diagnostics "
                        + "publications%n", (System.nanoTime() - start) / 60e9, sent, editIntervalMs,
                s.client.publications.get());
        System.out.printf(Locale.ROOT, "RSS: first %.0f MB, max %.0f MB, last %.0f MB; trend over the second half "
                        + "%+.1f MB per 10 min%n", samples.get(0)[1], max, samples.get(samples.size() - 1)[1],
                slope(half) * 10);
        double liveAfter = s.liveHeapMb();
        System.out.printf(Locale.ROOT, "live heap after a full collection (jcmd GC.run, GC.heap_info): %.0f MB before the "
                + "session, %.0f MB after%n", liveBefore, liveAfter);
        StringBuilder b = new StringBuilder("RSS samples (min → MB):");
        for (double[] x : samples) {
            b.append(String.format(Locale.ROOT, " %.1f→%.0f", x[0], x[1]));
        }
        System.out.println(b);
    }

    private static double slope(List<double[]> xs) {
        int n = xs.size();
        if (n < 2) {
            return 0;
        }
        double mx = xs.stream().mapToDouble(x -> x[0]).average().orElse(0);
        double my = xs.stream().mapToDouble(x -> x[1]).average().orElse(0);
        double num = 0;
        double den = 0;
        for (double[] x : xs) {
            num += (x[0] - mx) * (x[1] - my);
            den += (x[0] - mx) * (x[0] - mx);
        }
        return den == 0 ? 0 : num / den;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String stats(List<Double> xs) {
        if (xs.isEmpty()) {
            return "no samples";
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)", pct(a, 50), pct(a, 95),
                a[a.length - 1], a.length);
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    // ---- the draft ------------------------------------------------------------------------------------

    private static Path corpus() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared/corpus");
            if (Files.isDirectory(c)) {
                return c;
            }
            Path c2 = p.getParent() == null ? null : p.getParent().resolve("shared/corpus");
            if (c2 != null && Files.isDirectory(c2)) {
                return c2;
            }
        }
        return null;
    }

    static String draft(int words) throws IOException {
        Path corpus = corpus();
        List<String> parts = new ArrayList<>();
        if (corpus != null) {
            try (Stream<Path> s = Files.walk(corpus)) {
                s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                        .sorted().forEach(p -> {
                            try {
                                parts.add(Files.readString(p, StandardCharsets.UTF_8).strip());
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
            }
        }
        StringBuilder b = new StringBuilder("# A long draft for the language server benchmark\n\n");
        int count = 0;
        int round = 0;
        Random r = new Random(7);
        while (count < words) {
            round++;
            if (parts.isEmpty()) {
                String para = generated(r);
                b.append(para).append("\n\n");
                count += WordCounter.count(para);
                continue;
            }
            for (String part : parts) {
                for (String para : part.split("\n\\s*\n")) {
                    if (count >= words) {
                        break;
                    }
                    String p = para.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    if (p.startsWith("#") && round > 1) {
                        p = p + " (part " + round + ")";
                    }
                    b.append(p).append("\n\n");
                    count += WordCounter.count(p);
                }
            }
        }
        return b.toString();
    }

    private static final String[] VOCAB = ("the a of to and in that is was for it with as on be at by this had not "
            + "are but from or have an they which one you were her all she there would their we him been has when who "
            + "will more no if out so said what up its about into than them can only other new some could time these "
            + "two may then do first any my now such like our over man me even most made after also did many before "
            + "must through back years where much your way well down should because each just those people how too "
            + "little state good very make world still own see men work long get here between both life being under "
            + "never day same another know while last might us great old year off come since against go came right "
            + "used take three study claim source evidence writer draft paragraph editor reader essay argument").split(" ");

    private static String generated(Random r) {
        StringBuilder b = new StringBuilder();
        int sentences = 3 + r.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            int n = 8 + r.nextInt(14);
            for (int i = 0; i < n; i++) {
                String w = VOCAB[r.nextInt(VOCAB.length)];
                b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < n ? " " : ". ");
            }
        }
        return b.toString().strip();
    }

    /** Rewrites the start of one paragraph per edit, round-robin, always with a new word. */
    static final class Editor {
        private final int[] lines;
        private final int[] prefix;
        private int next;
        private int serial;

        Editor(String text) {
            String[] ls = text.split("\n", -1);
            List<Integer> starts = new ArrayList<>();
            for (int i = 1; i < ls.length; i++) {
                String l = ls[i];
                boolean paragraphStart = ls[i - 1].isBlank() && !l.isBlank() && Character.isLetter(l.charAt(0));
                if (paragraphStart) {
                    starts.add(i);
                }
            }
            lines = starts.stream().mapToInt(Integer::intValue).toArray();
            prefix = new int[lines.length];
            // Spread the edits over the draft: a stride through the paragraphs.
            next = 0;
        }

        TextDocumentContentChangeEvent next() {
            int i = (next * 37) % lines.length;
            next++;
            String word = "e" + (serial++) + " ";
            Range r = new Range(new Position(lines[i], 0), new Position(lines[i], prefix[i]));
            prefix[i] = word.length();
            return new TextDocumentContentChangeEvent(r, word);
        }
    }

    // ---- the server process -----------------------------------------------------------------------------

    private static final class Server implements AutoCloseable {
        final Process process;
        final BenchClient client = new BenchClient();
        final LanguageServer server;

        private Server(Process p) {
            this.process = p;
            Launcher<LanguageServer> l = new LSPLauncher.Builder<LanguageServer>().setLocalService(client)
                    .setRemoteInterface(LanguageServer.class).setInput(p.getInputStream())
                    .setOutput(p.getOutputStream()).create();
            l.startListening();
            server = l.getRemoteProxy();
        }

        static Server start(LspBenchmark b) throws IOException {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(b.javaOpts);
            cmd.addAll(List.of("-jar", b.jar.toString(), "lsp", "--debounce-ms", String.valueOf(b.debounceMs)));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectError(b.work.resolve("server-stderr.txt").toFile());
            pb.environment().put("XDG_CACHE_HOME", b.work.resolve("cache").toString());
            return new Server(pb.start());
        }

        void initialize() throws Exception {
            InitializeParams p = new InitializeParams();
            p.setProcessId((int) ProcessHandle.current().pid());
            p.setCapabilities(new ClientCapabilities());
            server.initialize(p).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
        }

        void open(Path f, String text) {
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(f.toUri().toString(), "markdown", 1, text)));
        }

        void change(String uri, int version, TextDocumentContentChangeEvent e) {
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), new ArrayList<>(List.of(e))));
        }

        double rssMb() throws IOException {
            return procStatusMb("VmRSS:");
        }

        /** CPU time the process has used so far, all threads, user + sys (/proc/PID/stat, clock ticks of 10 ms). */
        double cpuMs() throws IOException {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0; // utime, stime (fields 14, 15)
        }

        /** The most resident memory the process has had (the kernel's high-water mark). */
        double peakRssMb() throws IOException {
            return procStatusMb("VmHWM:");
        }

        private double procStatusMb(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            return -1;
        }

        /** Heap in use right after a full collection, through jcmd (-1 when jcmd is not there). */
        double liveHeapMb() {
            try {
                Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
                run(jcmd.toString(), String.valueOf(process.pid()), "GC.run");
                String info = run(jcmd.toString(), String.valueOf(process.pid()), "GC.heap_info");
                // "def new generation   total 9792K, used 1200K" … "tenured generation   total …, used …K"
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
                long kb = 0;
                while (m.find()) {
                    kb += Long.parseLong(m.group(1));
                }
                return kb / 1024.0;
            } catch (IOException | InterruptedException e) {
                return -1;
            }
        }

        private static String run(String... cmd) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        }

        @Override
        public void close() throws Exception {
            try {
                server.shutdown().get(30, TimeUnit.SECONDS);
                server.exit();
                process.waitFor(30, TimeUnit.SECONDS);
            } finally {
                process.destroyForcibly();
            }
        }
    }

    /** Records when the first diagnostics and the grammar-complete status arrive for each version. */
    private static final class BenchClient implements VouchLanguageClient {
        private final Map<String, CompletableFuture<Long>> fast = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<Long>> grammar = new ConcurrentHashMap<>();
        final AtomicBoolean grammarSeparate = new AtomicBoolean();
        final java.util.concurrent.atomic.AtomicInteger publications = new java.util.concurrent.atomic.AtomicInteger();

        CompletableFuture<Long> fast(String uri, int v) {
            return fast.computeIfAbsent(uri + "#" + v, k -> new CompletableFuture<>());
        }

        CompletableFuture<Long> grammar(String uri, int v) {
            return grammar.computeIfAbsent(uri + "#" + v, k -> new CompletableFuture<>());
        }

        long grammarAt(String uri, int v) {
            return grammar(uri, v).join();
        }

        void forget(String uri, int v) {
            fast.remove(uri + "#" + v);
            grammar.remove(uri + "#" + v);
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams d) {
            long now = System.nanoTime();
            publications.incrementAndGet();
            if (d.getVersion() != null) {
                fast(d.getUri(), d.getVersion()).complete(now);
            }
        }

        final Map<String, Double> serverFastMs = new ConcurrentHashMap<>();
        final Map<String, Double> serverGrammarMs = new ConcurrentHashMap<>();
        final Map<String, Double> serverFastCpuMs = new ConcurrentHashMap<>();
        final Map<String, Double> serverGrammarCpuMs = new ConcurrentHashMap<>();

        @Override
        public void status(Map<String, Object> s) {
            long now = System.nanoTime();
            String uri = String.valueOf(s.get("uri"));
            int v = ((Number) s.get("version")).intValue();
            if (s.get("timings") instanceof Map<?, ?> t) {
                if (t.get("fastMs") instanceof Number n) {
                    serverFastMs.putIfAbsent(uri + "#" + v, n.doubleValue());
                }
                if (t.get("grammarMs") instanceof Number n) {
                    serverGrammarMs.putIfAbsent(uri + "#" + v, n.doubleValue());
                }
                if (t.get("fastCpuMs") instanceof Number n) {
                    serverFastCpuMs.putIfAbsent(uri + "#" + v, n.doubleValue());
                }
                if (t.get("grammarCpuMs") instanceof Number n) {
                    serverGrammarCpuMs.putIfAbsent(uri + "#" + v, n.doubleValue());
                }
            }
            if (Boolean.TRUE.equals(s.get("grammarDone"))) {
                grammar(uri, v).complete(now);
            } else {
                grammarSeparate.set(true); // a delivery before the grammar stage finished: there is one
            }
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams messageParams) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }
}
