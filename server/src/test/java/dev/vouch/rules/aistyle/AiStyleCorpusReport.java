package dev.vouch.rules.aistyle;

import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: a report, run by hand, of how each labelled paragraph of the corpus ({@code
 * ../shared/corpus/ai_human}, dev split) scores, and the per-file figures at warning level (what
 * docs/benchmarks.md gives per file). Prints nothing of the corpus text beyond the first words of each
 * paragraph, so that a reader can find it.
 * {@code java -cp server/target/vouch.jar:server/target/test-classes dev.vouch.rules.aistyle.AiStyleCorpusReport [--all]}
 * ({@code --all} lists every paragraph, not only the misses and the false positives).
 * With a folder, {@code AiStyleCorpusReport DIR [top]} reports it as human text (paragraphs flagged, the
 * nearest misses); {@code AiStyleCorpusReport --assistant DIR} reports it as assistant text (the held-out
 * batches in {@code ai-style/held-out}): the share of its prose paragraphs found, and each miss.
 */
public final class AiStyleCorpusReport {
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && !args[0].startsWith("--")) {
            nearMisses(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 30);
            return;
        }
        if (args.length > 2 && args[0].equals("--dump")) {
            dump(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length > 1 && args[0].equals("--assistant")) {
            assistant(Path.of(args[1]));
            return;
        }
        boolean all = args.length > 0 && args[0].equals("--all");
        Path corpus = TestPaths.corpus();
        if (corpus == null) {
            System.out.println("no corpus at ../shared/corpus");
            return;
        }
        List<AiStyleCorpusTest.Paragraph> labels = AiStyleCorpusTest.labels(corpus.resolve("ai_human/labels.json"));
        Map<String, List<AiStyleCorpusTest.Paragraph>> byFile = new LinkedHashMap<>();
        for (AiStyleCorpusTest.Paragraph p : labels) {
            byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        System.out.println("file | AI found | human flagged");
        List<String> lines = new ArrayList<>();
        for (var e : byFile.entrySet()) {
            Path file = corpus.resolve("ai_human").resolve(e.getKey());
            Draft d = DraftParser.parse(file, Files.readString(file));
            AiStyleAnalysis ai = AiStyleAnalysis.of(d);
            int ftp = 0;
            int ffp = 0;
            int nai = 0;
            int nh = 0;
            for (AiStyleCorpusTest.Paragraph p : e.getValue()) {
                ParagraphScore s = null;
                for (ParagraphScore q : ai.paragraphs()) {
                    int line = d.lines().lineOf(q.span().start()) + 1;
                    if (line >= p.start() && line <= p.end()) {
                        s = q;
                        break;
                    }
                }
                boolean flagged = s != null && s.flagged();
                if (p.ai()) {
                    nai++;
                    ftp += flagged ? 1 : 0;
                } else {
                    nh++;
                    ffp += flagged ? 1 : 0;
                }
                boolean wrong = p.ai() != flagged;
                if (all || wrong) {
                    String text = s == null ? "" : s.block().prose().text();
                    lines.add(String.format("%s %-5s %s L%d %dw %s/%s [%s] %s", wrong ? "✘" : " ", p.ai() ? "ai" : "human",
                            e.getKey(), p.start(), p.words(), s == null ? "-" : s.score(), s == null ? "-" : s.threshold(),
                            s == null ? "" : s.summary(6), text.substring(0, Math.min(60, text.length()))));
                }
            }
            tp += ftp;
            fp += ffp;
            fn += nai - ftp;
            System.out.printf("%s | %d of %d | %d of %d%n", e.getKey(), ftp, nai, ffp, nh);
        }
        System.out.printf("total: tp %d, fp %d, fn %d: precision %.3f, recall %.3f%n", tp, fp, fn,
                tp + fp == 0 ? 0.0 : tp / (double) (tp + fp), tp / (double) (tp + fn));
        lines.forEach(System.out::println);
    }

    /**
     * For a folder of Markdown files taken to be human-written (texts from before assistants, say): how many
     * paragraphs are flagged, and the {@code top} paragraphs closest to their bar.
     */
    static void nearMisses(Path dir, int top) throws Exception {
        List<Path> files;
        try (var s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        record Near(String where, ParagraphScore p) {}
        List<Near> all = new ArrayList<>();
        int paragraphs = 0;
        int words = 0;
        int flagged = 0;
        for (Path f : files) {
            Draft d = DraftParser.parse(f, Files.readString(f));
            for (ParagraphScore p : AiStyleAnalysis.of(d).paragraphs()) {
                paragraphs++;
                words += p.words();
                flagged += p.flagged() ? 1 : 0;
                if (p.score() > 0) {
                    all.add(new Near(dir.relativize(f) + ":" + (d.lines().lineOf(p.span().start()) + 1), p));
                }
            }
        }
        System.out.printf("%d files, %d paragraphs, %d words: %d flagged (%.3f%%, %.3f per 1,000 words)%n", files.size(),
                paragraphs, words, flagged, 100.0 * flagged / Math.max(1, paragraphs), 1000.0 * flagged / Math.max(1, words));
        all.sort(java.util.Comparator.comparingDouble((Near n) -> n.p().score() / n.p().threshold()).reversed());
        for (Near n : all.subList(0, Math.min(top, all.size()))) {
            String text = n.p().block().prose().text();
            System.out.printf("%s %s %s/%s [%s] %s%n", n.p().flagged() ? "FLAGGED" : "       ", n.where(), n.p().score(),
                    n.p().threshold(), n.p().summary(6), text.substring(0, Math.min(100, text.length())));
        }
    }

    /** Paragraphs of at least this many words are prose, as in the labelled corpus (dialogue lines are not). */
    static final int PROSE_WORDS = 25;

    /**
     * For a folder of Markdown files taken to be assistant-written: per file and in total, how many prose
     * paragraphs ({@link #PROSE_WORDS} words or more) read like assistant prose, and every miss with its evidence.
     */
    static void assistant(Path dir) throws Exception {
        List<Path> files;
        try (var s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        int prose = 0;
        int found = 0;
        int words = 0;
        List<String> misses = new ArrayList<>();
        for (Path f : files) {
            Draft d = DraftParser.parse(f, Files.readString(f));
            int fp = 0;
            int ff = 0;
            for (ParagraphScore p : AiStyleAnalysis.of(d).paragraphs()) {
                if (p.words() < PROSE_WORDS) {
                    continue;
                }
                fp++;
                words += p.words();
                if (p.flagged()) {
                    ff++;
                } else {
                    String text = p.block().prose().text();
                    misses.add(String.format("%s:%d %dw %s/%s [%s] %s", dir.relativize(f), d.lines().lineOf(p.span().start()) + 1,
                            p.words(), p.score(), p.threshold(), p.summary(6), text.substring(0, Math.min(60, text.length()))));
                }
            }
            prose += fp;
            found += ff;
            System.out.printf("%s | %d of %d%n", dir.relativize(f), ff, fp);
        }
        System.out.printf("total: %d of %d prose paragraphs (%d words) read like assistant prose: recall %.3f%n", found, prose,
                words, found / (double) Math.max(1, prose));
        misses.forEach(m -> System.out.println("  missed " + m));
    }

    /**
     * Every scored paragraph of every Markdown file under a folder, as JSON lines (file, line, words, score,
     * threshold, flagged, points per signal, sentence lengths, prose) for studying thresholds outside Java.
     * The prose is others' text when the folder is: write the dump to a temporary folder, never the project.
     */
    static void dump(Path dir, Path out) throws Exception {
        List<Path> files;
        try (var s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var w = Files.newBufferedWriter(out)) {
            for (Path f : files) {
                Draft d = DraftParser.parse(f, Files.readString(f));
                for (ParagraphScore p : AiStyleAnalysis.of(d).paragraphs()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", dir.relativize(f).toString());
                    m.put("line", d.lines().lineOf(p.span().start()) + 1);
                    m.put("words", p.words());
                    m.put("score", p.score());
                    m.put("threshold", p.threshold());
                    m.put("flagged", p.flagged());
                    m.put("own", p.writersOwn());
                    Map<String, Double> sig = new LinkedHashMap<>();
                    for (ParagraphScore.SignalEvidence e : p.evidence()) {
                        sig.put(e.signal().id(), e.points());
                    }
                    m.put("signals", sig);
                    m.put("sentences", p.block().sentences().stream().map(x -> dev.vouch.draft.WordCounter.count(x.text())).toList());
                    m.put("prose", p.block().prose().text());
                    w.write(json.writeValueAsString(m));
                    w.newLine();
                }
            }
        }
    }
}
