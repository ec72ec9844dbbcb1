package dev.vouch.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every lexicon file loads, every entry has a reason, and every entry's example matches it while its
 * counter-example does not: the one generic test of all phrase data.
 */
class LexiconFilesTest {
    @Test
    void everyEntryMatchesItsExampleAndNotItsCounterExample() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> files = lexiconFiles();
        assertFalse(files.isEmpty(), "no lexicon files found");
        for (Path f : files) {
            Lexicon lex = load(f);
            for (Lexicon.Entry e : lex.entries()) {
                String where = f.getFileName() + ":" + e.line() + " (" + e.pattern() + ")";
                if (!e.example().isEmpty() && lex.find(e, e.example()).isEmpty()) {
                    problems.add(where + ": does not match its example \"" + e.example() + "\"");
                }
                if (!e.counterExample().isEmpty() && !lex.find(e, e.counterExample()).isEmpty()) {
                    problems.add(where + ": matches its counter-example \"" + e.counterExample() + "\"");
                }
                if (!e.example().isEmpty() && !lex.requirementMet(e, e.example())) {
                    problems.add(where + ": its example lacks every word the requires column names");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The indexed scan finds exactly what one longest-first alternation of all literal phrases finds, and
     * no regular-expression match in any sample or evaluation text lacks the words its entry requires.
     */
    @Test
    void fastMatchingAgreesWithTheReferenceOnEverySampleText() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TestPaths.testResources())) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        texts.add("I’d say [Citation   Needed] TODO TK e.g. Let’s see, it'll do; the TL;DR: ½ of it.");
        List<String> problems = new ArrayList<>();
        for (Path f : lexiconFiles()) {
            Lexicon lex = load(f);
            for (String t : texts) {
                List<String> fast = lex.findLiterals(t).stream().map(m -> m.start() + "-" + m.end() + ":" + m.entry().line()).toList();
                List<String> reference = lex.findLiteralsByAlternation(t).stream()
                        .map(m -> m.start() + "-" + m.end() + ":" + m.entry().line()).toList();
                if (!fast.equals(reference)) {
                    problems.add(f.getFileName() + ": indexed " + fast + " but alternation " + reference);
                }
                List<String> indexed = lex.find(t).stream().map(m -> m.start() + "-" + m.end() + ":" + m.entry().line()).toList();
                for (Lexicon.Entry e : lex.entries()) {
                    if (!e.pattern().startsWith("re:") || e.column("requires").isEmpty() && e.column("starts").isEmpty()) {
                        continue;
                    }
                    for (Lexicon.Match m : lex.find(e, t)) {
                        String around = t.substring(Math.max(0, m.start() - 5), Math.min(t.length(), m.end() + 5)).strip();
                        if (!lex.requirementMet(e, t.substring(m.start(), m.end()))) {
                            problems.add(f.getFileName() + ":" + e.line() + ": matches \"" + around + "\" without a word it requires");
                        }
                        if (!lex.allowedStart(e, t, m.start())) {
                            problems.add(f.getFileName() + ":" + e.line() + ": matches \"" + around + "\" at a start it does not declare");
                        }
                        if (!indexed.contains(m.start() + "-" + m.end() + ":" + e.line())) {
                            problems.add(f.getFileName() + ":" + e.line() + ": find(text) misses \"" + around + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
    }

    @Test
    void literalPhrasesMatchOnWordBoundariesAndWhiteSpaceRuns() {
        Lexicon lex = Lexicon.load(dev.vouch.rules.citations.Placeholder.class, "placeholders.tsv");
        assertTrue(lex.find("We cite them below.").isEmpty());
        assertFalse(lex.find("It grew [citation   needed].").isEmpty(), "white space runs match a space");
        assertFalse(lex.find("It grew [Citation Needed].").isEmpty(), "literal phrases ignore case");
        assertTrue(lex.find("Make a todo list.").isEmpty(), "(?-i) entries keep case");
    }

    static List<Path> lexiconFiles() throws IOException {
        Path res = TestPaths.projectRoot().resolve("server/src/main/resources");
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(res)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                if (Files.readString(p).contains("@columns")) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    static Lexicon load(Path file) throws Exception {
        Path res = TestPaths.projectRoot().resolve("server/src/main/resources");
        String pkg = res.relativize(file.getParent()).toString().replace('/', '.');
        // Any class in the package anchors the resource; package-info is not guaranteed, so use the loader.
        Class<?> anchor = Class.forName(pkg + "." + anyClassIn(file.getParent(), pkg));
        return Lexicon.load(anchor, file.getFileName().toString());
    }

    private static String anyClassIn(Path resourceDir, String pkg) throws IOException {
        Path src = TestPaths.projectRoot().resolve("server/src/main/java").resolve(pkg.replace('.', '/'));
        try (Stream<Path> s = Files.list(src)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no class beside " + resourceDir));
        }
    }
}
