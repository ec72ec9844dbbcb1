package dev.vouch.rules.grammar;

import dev.vouch.draft.Block;
import dev.vouch.draft.Draft;
import dev.vouch.draft.DraftParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which LanguageTool rules fire on a folder of published essays, and on what: the data behind
 * {@code languagetool-essay-defaults.tsv}. Not a test; run it by hand (see docs/benchmarks.md):
 *
 * <pre>
 * mvn -q -B -o test-compile
 * java -cp server/target/vouch.jar:server/target/test-classes dev.vouch.rules.grammar.GrammarSurvey \
 *     [--raw] [--examples N] [--lang en-US] ../shared/corpus
 * </pre>
 *
 * {@code --raw} counts every LanguageTool match with LanguageTool's own defaults (Vouch's essay defaults
 * off, nothing filtered); without it, the survey counts the findings of the grammar rules as
 * {@code vouch check} reports them with the default configuration.
 */
public final class GrammarSurvey {
    private static String context(String source, int from, int to) {
        int s = Math.max(0, from - 30);
        int e = Math.min(source.length(), to + 30);
        return (source.substring(s, from) + "[[" + source.substring(from, to) + "]]" + source.substring(to, e))
                .replace('\n', ' ');
    }

    public static void main(String[] args) throws Exception {
        boolean raw = false;
        int examples = 8;
        String lang = "en-US";
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--raw" -> raw = true;
                case "--examples" -> examples = Integer.parseInt(args[++i]);
                case "--lang" -> lang = args[++i];
                default -> roots.add(Path.of(args[i]));
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path r : roots) {
            try (Stream<Path> s = Files.walk(r)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        LanguageTools.Key key = new LanguageTools.Key(lang,
                raw ? Set.copyOf(EssayDefaults.entries().stream().map(EssayDefaults.Entry::ruleId).toList()) : Set.of());
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, List<String>> samples = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        long words = 0;
        int total = 0;
        dev.vouch.engine.Linter linter = dev.vouch.engine.Linter.standard();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Draft d = DraftParser.parse(f, text);
            words += d.words();
            int inFile = 0;
            List<String[]> found = new ArrayList<>(); // id, message, context, suggestions
            if (raw) {
                for (Block b : d.blocks()) {
                    for (LanguageToolCheck.Match m : LanguageToolCheck.matches(b, key)) {
                        found.add(new String[] {(m.isSpelling() ? "[spelling] " : "") + m.ruleId(),
                                m.categoryId() + ": " + m.message(),
                                context(b.sourceText(), m.from(), m.to()), m.suggestions().toString()});
                    }
                }
            } else {
                var result = linter.check(f, text, java.util.EnumSet.allOf(dev.vouch.rule.Stage.class),
                        java.util.function.UnaryOperator.identity());
                for (var finding : result.findings()) {
                    if (!finding.ruleId().startsWith("grammar.")) {
                        continue;
                    }
                    String ev = finding.evidence() == null ? "" : finding.evidence();
                    String lt = ev.startsWith("LanguageTool rule ") ? ev.substring(18, ev.indexOf(' ', 18)) : "?";
                    found.add(new String[] {finding.ruleId() + " " + lt, finding.message(),
                            context(text, finding.span().start(), finding.span().end()),
                            finding.fixes().stream().map(x -> x.title()).toList().toString()});
                }
            }
            for (String[] m : found) {
                counts.merge(m[0], 1, Integer::sum);
                messages.putIfAbsent(m[0], m[1]);
                samples.computeIfAbsent(m[0], k -> new ArrayList<>()).add(f.getFileName() + ": " + m[2] + "  -> " + m[3]);
                inFile++;
                total++;
            }
            System.out.printf("%-40s %6d words %4d matches %6.1f per 1,000%n", f.getFileName(), d.words(), inFile,
                    1000.0 * inFile / Math.max(1, d.words()));
        }
        System.out.printf("%nTOTAL %d files, %d words, %d matches, %.1f per 1,000 words (%s, %s)%n%n", files.size(),
                words, total, 1000.0 * total / Math.max(1, words), lang, raw ? "LanguageTool defaults" : "Vouch essay defaults");
        List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> e : top) {
            System.out.printf("%5d  %-45s %s%n", e.getValue(), e.getKey(), messages.get(e.getKey()));
            List<String> s = samples.get(e.getKey());
            for (int i = 0; i < Math.min(examples, s.size()); i++) {
                System.out.println("         " + s.get(i));
            }
        }
    }
}
