package dev.vouch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.cli.Main;
import dev.vouch.config.Glob;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patterns the writer supplies in configuration cannot hang the checker. There are two kinds: the
 * regular expressions of {@code policy.banned-phrase} and the {@code ignore} globs (the other settings
 * are literal words, section names and LanguageTool rule ids). Each is tried with a pattern whose
 * backtracking match takes exponential time, and a negative control shows that a backtracking engine
 * really does blow up on it: the same pattern, run by {@code java.util.regex} over a character sequence
 * that counts its reads, passes any step budget (no clock is involved, so this is not a timed test).
 * The checks themselves run under a generous preemptive timeout that only a hang would reach.
 */
class UserPatternsTest {
    private static final Duration HANG = Duration.ofSeconds(60);

    record Run(int exit, String out, String err) {}

    static Run vouch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A character sequence that fails once more than {@code budget} characters have been read. */
    static final class CountingText implements CharSequence {
        private final String s;
        private final long budget;
        long reads;

        CountingText(String s, long budget) {
            this.s = s;
            this.budget = budget;
        }

        @Override
        public char charAt(int i) {
            if (++reads > budget) {
                throw new IllegalStateException("step budget of " + budget + " reads exhausted");
            }
            return s.charAt(i);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int a, int b) {
            return s.subSequence(a, b);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** True when a backtracking match of {@code regex} on {@code text} reads more than {@code budget} characters. */
    static boolean backtrackingBlowsUp(String regex, String text, long budget) {
        CountingText t = new CountingText(text, budget);
        try {
            java.util.regex.Pattern.compile(regex).matcher(t).find();
            return false;
        } catch (IllegalStateException | StackOverflowError e) {
            return true;
        }
    }

    @Test
    void bannedPhraseRegexesMatchInLinearTime(@TempDir Path dir) throws Exception {
        // Patterns that defeat java.util.regex's memoisation of simple loops (JDK 9+ survives "(a+)+$").
        String evil = "((a+)+)+b";
        String evil2 = "(a|aa){1,100}b";
        String as = "a".repeat(5_000) + "!";
        // Negative control: a backtracking engine does not finish these on 40 characters within 10^8 reads.
        assertTrue(backtrackingBlowsUp(evil, "a".repeat(40), 100_000_000L));
        assertTrue(backtrackingBlowsUp(evil2, "a".repeat(40), 100_000_000L));

        Files.writeString(dir.resolve(".vouch.json"), """
                {"rules": {"policy.banned-phrase": {"phrases": [
                  {"pattern": "((a+)+)+b", "regex": true, "reason": "catastrophic for backtracking"},
                  {"pattern": "(a|aa){1,100}b", "regex": true},
                  {"pattern": "game[- ]changer", "regex": true, "reason": "hype"}]}}}
                """);
        Path draft = dir.resolve("post.md");
        Files.writeString(draft, "# Patterns\n\n" + as + "\n\n- " + as + "\n\nA real game changer, they said.\n");
        Run r = assertTimeoutPreemptively(HANG, () -> vouch("check", "--no-grammar", "--fail-on", "never",
                draft.toString()));
        assertEquals(0, r.exit(), r.err());
        // The check ran to the end: the ordinary pattern after the two evil ones still finds its phrase.
        assertTrue(r.out().contains("\"game changer\" is banned here: hype."), r.out());
        assertFalse(r.out().contains("catastrophic"), r.out());
    }

    @Test
    void bannedPhraseSyntaxRE2CannotExpressIsAConfigurationError(@TempDir Path dir) throws Exception {
        // Backreferences are what makes matching exponential in general; RE2 refuses them, with a message.
        Files.writeString(dir.resolve(".vouch.json"),
                "{\"rules\": {\"policy.banned-phrase\": {\"phrases\": [{\"pattern\": \"(a*)*\\\\1b\", \"regex\": true}]}}}");
        Path draft = dir.resolve("post.md");
        Files.writeString(draft, "# Title\n\nText.\n");
        Run r = vouch("check", "--no-grammar", draft.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".vouch.json:1:") && r.err().contains("not a valid RE2 regular expression"),
                r.err());
    }

    @Test
    void ignoreGlobsMatchInLinearTime(@TempDir Path dir) throws Exception {
        String glob = "**a*a*a*a*a*a*a*a*a*a*a*a*a*b";
        String name = "a".repeat(120);
        // Negative control: the regex Java's own glob: matcher builds from this glob (** is .*, * is [^/]*)
        // does not finish on a 40-character name within 10^8 reads.
        String jdkRegex = "^.*" + "a[^/]*".repeat(13) + "b$";
        assertTrue(backtrackingBlowsUp(jdkRegex, "drafts/" + "a".repeat(40) + ".md", 100_000_000L));

        Files.writeString(dir.resolve(".vouch.json"), "{\"ignore\": [\"" + glob + "\", \"old/**\"]}");
        Files.createDirectories(dir.resolve("drafts"));
        Files.createDirectories(dir.resolve("old"));
        Files.writeString(dir.resolve("drafts/" + name + ".md"), "# Kept\n\nStill TK here.\n");
        Files.writeString(dir.resolve("old/gone.md"), "# Ignored\n\nAlso TK.\n");
        // 13 a's, then b: the folder matches the glob, so the draft inside it is ignored.
        Files.createDirectories(dir.resolve("aaaaaaaaaaaaab"));
        Files.writeString(dir.resolve("aaaaaaaaaaaaab/inside.md"), "# Ignored too\n\nTK.\n");
        Run r = assertTimeoutPreemptively(HANG, () -> vouch("check", "--no-grammar", "--fail-on", "never",
                dir.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(name + ".md"), r.out());
        assertFalse(r.out().contains("gone.md"), r.out());
        assertFalse(r.out().contains("inside.md"), r.out());
    }

    @Test
    void globsFollowJavaGlobSyntax() {
        assertTrue(Glob.of("*.md").matches("a.md"));
        assertFalse(Glob.of("*.md").matches("d/a.md"));
        assertTrue(Glob.of("**/*.md").matches("d/e/a.md"));
        assertTrue(Glob.of("drafts/**").matches("drafts/x/y.md"));
        assertTrue(Glob.of("?.md").matches("a.md"));
        assertFalse(Glob.of("?.md").matches("ab.md"));
        assertTrue(Glob.of("[a-c]x.md").matches("bx.md"));
        assertFalse(Glob.of("[!a-c]x.md").matches("bx.md"));
        assertTrue(Glob.of("[!a-c]x.md").matches("dx.md"));
        assertFalse(Glob.of("[!a]").matches("/"));
        assertFalse(Glob.of("[+-0]").matches("/"));
        assertTrue(Glob.of("[+-0]").matches("."));
        assertTrue(Glob.of("{a,b}.md").matches("b.md"));
        assertFalse(Glob.of("{a,b}.md").matches("c.md"));
        assertTrue(Glob.of("a\\*.md").matches("a*.md"));
        assertFalse(Glob.of("a\\*.md").matches("ab.md"));
        assertTrue(Glob.of("notes (old).md").matches("notes (old).md"));
        for (String bad : new String[] {"drafts/[", "{a,b", "a\\", "{a,{b}}", "[a/b]", "[z-a]"}) {
            assertThrows(IllegalArgumentException.class, () -> Glob.of(bad), bad);
        }
    }

    @Test
    void aMalformedGlobIsAConfigurationErrorNotAnInternalError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\n  \"ignore\": [\"drafts/[\"]\n}\n");
        Files.writeString(dir.resolve("post.md"), "# Title\n\nText.\n");
        Run r = vouch("check", "--no-grammar", dir.toString());
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("internal error"), r.err());
        assertTrue(r.err().contains(".vouch.json:2:") && r.err().contains("has a [ with no ]"), r.err());
        assertTrue(r.out().contains("post.md") || r.out().contains("1 file checked"), r.out());
    }
}
