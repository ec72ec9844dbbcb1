package dev.vouch.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vouch.engine.Linter;
import dev.vouch.rule.Rule;
import dev.vouch.rule.RuleDescriptor;
import dev.vouch.rule.RuleRegistry;
import dev.vouch.rule.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential edit fuzzing (issue 8): seeded random sequences of incremental {@code didChange} edits
 * (inserts, deletes and replacements spanning lines, CRLF and lone CR, emoji and other astral
 * characters, edits at the very end, empty edits, several changes in one notification, columns past a
 * line's end) go to the server and to a reference string. After each sequence the server's text equals
 * the reference, and its diagnostics and status figures equal those of a second server, with its own
 * linter and caches, that opens the final text fresh. Every publication on the way, for every version,
 * has ranges that are valid UTF-16 positions in that version's text.
 *
 * <p>The real FAST rules run (so the engine's per-block caches and the rules' memos see edited text),
 * with the test stand-in for the grammar stage. Reproduce a failure with the seed it prints:
 * {@code mvn -q -B -o test -Dtest=EditFuzzTest -Dvouch.fuzz.seed=SEED -Dvouch.fuzz.sequences=1};
 * run more with {@code -Dvouch.fuzz.sequences=2000}.
 */
class EditFuzzTest {
    private static final long BASE_SEED = Long.getLong("vouch.fuzz.seed", 0x5EED_0008L);
    private static final int SEQUENCES = Integer.getInteger("vouch.fuzz.sequences", 40);

    @TempDir
    Path dir;

    /** Every FAST rule of the standard registry, and the SLOW stand-in (LanguageTool stays unloaded). */
    static Linter linter() {
        List<Rule> rules = new ArrayList<>();
        for (RuleDescriptor d : RuleRegistry.standard().all()) {
            if (d.stage() == Stage.FAST) {
                rules.add(d.rule());
            }
        }
        rules.add(new TestRules.SlowSpelling());
        return new Linter(new RuleRegistry(rules));
    }

    @Test
    void incrementalEditsEndWhereAFreshOpenStarts() throws Exception {
        try (Harness fuzzed = Harness.builder(dir).linter(linter()).start();
             Harness fresh = Harness.builder(dir).linter(linter()).start()) {
            for (int i = 0; i < SEQUENCES; i++) {
                long seed = BASE_SEED + i;
                try {
                    sequence(fuzzed, fresh, seed, i);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("edit fuzzing failed with seed " + seed + " (reproduce: -Dvouch.fuzz.seed="
                            + seed + " -Dvouch.fuzz.sequences=1): " + e.getMessage(), e);
                }
            }
        }
    }

    /** Seeds that once found a bug: each runs on every build. */
    @Test
    void regressionSeeds() throws Exception {
        long[] seeds = {
            1592590357L, // citations.unattributed-blockquote ended between the CR and LF of its first line
        };
        try (Harness fuzzed = Harness.builder(dir).linter(linter()).start();
             Harness fresh = Harness.builder(dir).linter(linter()).start()) {
            for (int i = 0; i < seeds.length; i++) {
                try {
                    sequence(fuzzed, fresh, seeds[i], 1000 + i);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("regression seed " + seeds[i] + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private void sequence(Harness fuzzed, Harness fresh, long seed, int n) throws Exception {
        Random r = new Random(seed);
        String uri = dir.resolve("fuzz-" + n + ".md").toUri().toString();
        String text = Fragments.document(r);
        Map<Integer, String> versions = new LinkedHashMap<>();
        int version = 1;
        versions.put(version, text);
        fuzzed.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", version, text)));
        int notifications = 4 + r.nextInt(20);
        for (int k = 0; k < notifications; k++) {
            List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
            int count = r.nextInt(6) == 0 ? 2 + r.nextInt(3) : 1;
            for (int c = 0; c < count; c++) {
                Edit e = Edit.random(r, text);
                changes.add(e.event());
                text = e.applyTo(text);
            }
            version++;
            versions.put(version, text);
            fuzzed.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), changes));
            if (r.nextInt(4) == 0) { // sometimes let a check finish between edits, sometimes not
                int v = version;
                awaitDone(fuzzed, uri, v);
            }
        }
        int last = version;
        awaitDone(fuzzed, uri, last);
        assertEquals(text, fuzzed.connection.server().documents.get(uri).text(), "the server's text");
        PublishDiagnosticsParams got = fuzzed.client.awaitLatest(uri, p -> p.getVersion() == last);
        for (PublishDiagnosticsParams p : fuzzed.client.all(uri)) {
            String t = versions.get(p.getVersion());
            if (t == null) {
                fail("diagnostics for version " + p.getVersion() + ", which was never sent");
            }
            for (Diagnostic d : p.getDiagnostics()) {
                try {
                    assertValid(t, d.getRange(), d, p.getVersion());
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + " (" + d.getRange() + ") in:\n" + quote(t), e);
                }
                if (d.getRelatedInformation() != null) {
                    for (DiagnosticRelatedInformation ri : d.getRelatedInformation()) {
                        if (ri.getLocation().getUri().equals(uri)) {
                            assertValid(t, ri.getLocation().getRange(), d, p.getVersion());
                        }
                    }
                }
            }
        }

        fresh.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", last, text)));
        awaitDone(fresh, uri, last);
        PublishDiagnosticsParams want = fresh.client.awaitLatest(uri, p -> p.getVersion() == last);
        assertEquals(describe(want.getDiagnostics()), describe(got.getDiagnostics()),
                "diagnostics after the edits against a fresh open of the same text:\n" + quote(text));
        assertEquals(want.getDiagnostics(), got.getDiagnostics(), "diagnostics, every field");
        assertEquals(figures(fresh, uri, last), figures(fuzzed, uri, last), "vouch/status figures");

        fuzzed.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        fresh.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Waits until both stages' results for the version are delivered. */
    private static void awaitDone(Harness h, String uri, int version) {
        h.client.await("grammar done for " + uri + " v" + version, () -> h.client.statuses.stream().anyMatch(s ->
                uri.equals(s.get("uri")) && isVersion(s, version)
                        && Boolean.TRUE.equals(s.get("grammarDone"))));
    }

    private static boolean isVersion(Map<String, Object> status, int version) {
        return status.get("version") instanceof Number n && n.intValue() == version; // JSON numbers arrive as doubles
    }

    private static Map<String, Object> figures(Harness h, String uri, int version) {
        Map<String, Object> last = null;
        for (Map<String, Object> s : h.client.statuses) {
            if (uri.equals(s.get("uri")) && isVersion(s, version)
                    && Boolean.TRUE.equals(s.get("grammarDone"))) {
                last = s;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>(last);
        out.remove("timings");
        return out;
    }

    private static String describe(List<Diagnostic> ds) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : ds) {
            b.append(d.getCode().getLeft()).append(' ').append(pos(d.getRange().getStart())).append('-')
                    .append(pos(d.getRange().getEnd())).append(' ').append(d.getMessage()).append('\n');
        }
        return b.toString();
    }

    private static String pos(Position p) {
        return p.getLine() + ":" + p.getCharacter();
    }

    private static String quote(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n\n");
    }

    /** A range is valid when both ends are on a line of the text, within it, not inside a surrogate pair. */
    private static void assertValid(String text, Range range, Diagnostic d, int version) {
        Lines lines = new Lines(text);
        int start = lines.offset(range.getStart(), d, version);
        int end = lines.offset(range.getEnd(), d, version);
        if (end < start) {
            fail("v" + version + ": " + d.getCode().getLeft() + " ends before it starts: " + range);
        }
    }

    /** The reference for positions: its own line splitting, not the server's LineMap. */
    static final class Lines {
        final String text;
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>(); // before the line break

        Lines(String text) {
            this.text = text;
            int i = 0;
            starts.add(0);
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    ends.add(i);
                    i += 2;
                    starts.add(i);
                } else if (c == '\r' || c == '\n') {
                    ends.add(i);
                    i++;
                    starts.add(i);
                } else {
                    i++;
                }
            }
            ends.add(text.length());
        }

        Position position(int offset) {
            int line = 0;
            while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
                line++;
            }
            if (offset > ends.get(line)) {
                throw new IllegalArgumentException("offset " + offset + " is inside a line break");
            }
            return new Position(line, offset - starts.get(line));
        }

        int offset(Position p, Diagnostic d, int version) {
            String what = "v" + version + ": " + d.getCode().getLeft() + " at " + pos(p);
            if (p.getLine() < 0 || p.getLine() >= starts.size()) {
                fail(what + ": no such line (" + starts.size() + " lines)");
            }
            int o = starts.get(p.getLine()) + p.getCharacter();
            if (p.getCharacter() < 0 || o > ends.get(p.getLine())) {
                fail(what + ": past the end of its line");
            }
            if (o > 0 && o < text.length() && Character.isHighSurrogate(text.charAt(o - 1))
                    && Character.isLowSurrogate(text.charAt(o))) {
                fail(what + ": inside a surrogate pair");
            }
            return o;
        }
    }

    /** One change: what the server is sent and what the reference does with offsets. */
    record Edit(int start, int end, String insert, Range range, boolean full) {
        TextDocumentContentChangeEvent event() {
            return full ? new TextDocumentContentChangeEvent(insert) : new TextDocumentContentChangeEvent(range, insert);
        }

        String applyTo(String text) {
            return full ? insert : text.substring(0, start) + insert + text.substring(end);
        }

        static Edit random(Random r, String text) {
            Lines lines = new Lines(text);
            int kind = r.nextInt(100);
            if (kind < 2) {
                return new Edit(0, text.length(), Fragments.document(r), null, true);
            }
            int a;
            int b;
            String insert;
            if (kind < 30) { // insert
                a = b = boundary(r, text);
                insert = Fragments.insert(r);
            } else if (kind < 50) { // delete, often across lines
                a = boundary(r, text);
                b = boundaryAfter(r, text, a);
                insert = "";
            } else if (kind < 75) { // replace
                a = boundary(r, text);
                b = boundaryAfter(r, text, a);
                insert = Fragments.insert(r);
            } else if (kind < 87) { // at the very end
                b = text.length();
                a = r.nextBoolean() ? b : boundaryBefore(r, text, b);
                insert = r.nextInt(3) == 0 ? "" : Fragments.insert(r);
            } else if (kind < 92) { // at the very start
                a = 0;
                b = r.nextBoolean() ? 0 : boundaryAfter(r, text, 0);
                insert = r.nextBoolean() ? "" : Fragments.insert(r);
            } else { // empty edit
                a = b = boundary(r, text);
                insert = "";
            }
            Position ps = lines.position(a);
            Position pe = lines.position(b);
            // LSP: a character past the line's end means the end of the line; editors send such columns.
            if (b == lines.ends.get(pe.getLine()) && r.nextInt(8) == 0) {
                pe = new Position(pe.getLine(), pe.getCharacter() + 1 + r.nextInt(40));
            }
            if (a == lines.ends.get(ps.getLine()) && a == b && r.nextInt(8) == 0) {
                ps = new Position(ps.getLine(), ps.getCharacter() + 1 + r.nextInt(3));
                pe = ps;
            }
            return new Edit(a, b, insert, new Range(ps, pe), false);
        }

        /** A random offset an editor can name: not inside a surrogate pair, not between CR and LF. */
        static int boundary(Random r, String text) {
            for (int tries = 0; tries < 50; tries++) {
                int o = r.nextInt(text.length() + 1);
                if (addressable(text, o)) {
                    return o;
                }
            }
            return text.length();
        }

        static int boundaryAfter(Random r, String text, int from) {
            int span = r.nextInt(4) == 0 ? 1 + r.nextInt(400) : 1 + r.nextInt(12);
            int o = Math.min(text.length(), from + span);
            while (o < text.length() && !addressable(text, o)) {
                o++;
            }
            return o;
        }

        static int boundaryBefore(Random r, String text, int to) {
            int o = Math.max(0, to - 1 - r.nextInt(30));
            while (o > 0 && !addressable(text, o)) {
                o--;
            }
            return o;
        }

        static boolean addressable(String text, int o) {
            if (o <= 0 || o >= text.length()) {
                return true;
            }
            char before = text.charAt(o - 1);
            char after = text.charAt(o);
            return !(Character.isHighSurrogate(before) && Character.isLowSurrogate(after))
                    && !(before == '\r' && after == '\n');
        }
    }

    /** Our own Markdown pieces: what the rules react to (claims, citations, AI tells, markup), and noise. */
    static final class Fragments {
        private static final String[] BLOCKS = {
            "# A draft about measuring things",
            "## Results 📈",
            "---\ntitle: \"Fuzz\"\ntags: [test]\n---",
            "Studies show that 73% of readers skim the middle of an essay.",
            "Experts agree this is the most important finding of the decade.",
            "The rate doubled between 2019 and 2023.[^1] Nobody noticed.",
            "[^1]: A note that defines the first footnote.",
            "See the [report][ref] and the [other one][missing] for more.",
            "[ref]: https://example.org/report",
            "An empty [link]() and a TK placeholder, [citation needed].",
            "As (Cui et al., 2025) argue, the effect is large.",
            "Let's delve into the rich tapestry of ideas. It's not a bug — it's a feature.",
            "I hope this helps! Great question.",
            "- a list item with teh typo\n- another item 🧪 with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n  - nested",
            "> A quote that says 40% of people agree.\n> Second line.",
            "```python\nprint(\"73% inside code is not a claim\")\n```",
            "<details>\n<summary>Claude's output</summary>\n\nDelve into it.\n\n</details>",
            "A plain paragraph of ordinary prose, written by a person who edits slowly and well.",
            "Emoji 😀👍🏽 and flags 🇫🇷 and a ZWJ family 👨‍👩‍👧 in one line, then teh end.",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "Read Time: 15-20 minutes",
        };
        private static final String[] INSERTS = {
            "a", " ", "word ", "teh ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "😀", "🇫🇷", "𝔘", "\uD83D\uDE00\n",
            "# ", "- ", "> ", "[^1]", "[^2]", "[^1]: note", "**bold**", "—", "`code`", "```\n", "<!-- c -->",
            "Studies show 60% of it. ", "Experts agree. ", "delve ", "(Smith, 2020)", "[x](https://e.org)",
            "\t", "é", "\u00A0", "<", "]", "*", "_", "|", "\\", "1. ", "---\n",
        };

        static String document(Random r) {
            StringBuilder b = new StringBuilder();
            int n = 3 + r.nextInt(10);
            String nl = r.nextInt(4) == 0 ? "\r\n" : "\n";
            for (int i = 0; i < n; i++) {
                String block = BLOCKS[r.nextInt(BLOCKS.length)];
                if (block.startsWith("---") && i > 0) {
                    block = BLOCKS[0];
                }
                b.append(block.replace("\n", nl)).append(nl).append(nl);
            }
            if (r.nextBoolean()) {
                b.setLength(b.length() - nl.length()); // sometimes no blank line at the end, sometimes none at all
                if (r.nextBoolean()) {
                    b.setLength(b.length() - nl.length());
                }
            }
            return b.toString();
        }

        static String insert(Random r) {
            if (r.nextInt(5) == 0) {
                return BLOCKS[r.nextInt(BLOCKS.length)] + (r.nextBoolean() ? "\n\n" : "");
            }
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                b.append(INSERTS[r.nextInt(INSERTS.length)]);
            }
            return b.toString();
        }
    }
}
