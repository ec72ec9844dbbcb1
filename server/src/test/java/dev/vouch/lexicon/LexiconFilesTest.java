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
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
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
