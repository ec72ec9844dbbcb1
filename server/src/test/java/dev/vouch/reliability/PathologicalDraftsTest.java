package dev.vouch.reliability;

import static dev.vouch.reliability.PathologicalDrafts.EMOJI;
import static dev.vouch.reliability.PathologicalDrafts.FIVE_MB;
import static dev.vouch.reliability.PathologicalDrafts.FOOTNOTES;
import static dev.vouch.reliability.PathologicalDrafts.FOOTNOTE_COUNT;
import static dev.vouch.reliability.PathologicalDrafts.FRONT_MATTER_BOMB;
import static dev.vouch.reliability.PathologicalDrafts.INVALID_UTF8;
import static dev.vouch.reliability.PathologicalDrafts.LONG_LINE;
import static dev.vouch.reliability.PathologicalDrafts.NESTED_LISTS;
import static dev.vouch.reliability.PathologicalDrafts.NESTED_QUOTES;
import static dev.vouch.reliability.PathologicalDrafts.NUL;
import static dev.vouch.reliability.PathologicalDrafts.QUOTED_LISTS;
import static dev.vouch.reliability.PathologicalDrafts.UNCLOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological drafts through {@code vouch check}, in a JVM with the documented heap ({@code -Xmx512m}):
 * each gives findings or a clear message, no stack overflow, no out-of-memory, no hang (a check past
 * {@code --timeout} is abandoned and reported). No timing is asserted; the process limits are there only
 * so that a hang fails the test instead of the build.
 */
class PathologicalDraftsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path scratch;
    static Path drafts;

    @BeforeAll
    static void generate() throws Exception {
        drafts = scratch.resolve("drafts");
        PathologicalDrafts.writeAll(drafts);
    }

    /** One file of a JSON report, read as it streams by (the report of a 5 MB draft is about 100 MB). */
    record FileSummary(long words, String skipped, Map<String, Integer> rules, int diagnostics, JsonNode first) {}

    static Map<String, FileSummary> summarize(String json) throws Exception {
        Map<String, FileSummary> out = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory(JSON).createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("files")) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String path = null;
                        long words = 0;
                        String skipped = null;
                        Map<String, Integer> rules = new LinkedHashMap<>();
                        int n = 0;
                        JsonNode first = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            switch (f) {
                                case "path" -> path = p.getText();
                                case "words" -> words = p.getLongValue();
                                case "skipped" -> skipped = p.getText();
                                case "diagnostics" -> {
                                    while (p.nextToken() == JsonToken.START_OBJECT) {
                                        JsonNode d = p.readValueAsTree();
                                        rules.merge(d.get("ruleId").asText(), 1, Integer::sum);
                                        if (first == null) {
                                            first = d;
                                        }
                                        n++;
                                    }
                                }
                                default -> p.skipChildren();
                            }
                        }
                        out.put(Path.of(path).getFileName().toString(), new FileSummary(words, skipped, rules, n, first));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> jvm(boolean grammar) {
        List<String> o = new ArrayList<>(ChildJvm.BOUNDED_HEAP);
        o.add("-XX:TieredStopAtLevel=1"); // as bin/vouch runs check
        return o;
    }

    @Test
    void everyDraftGivesFindingsOrAClearMessageWithinTheDocumentedHeap() throws Exception {
        ChildJvm.Result r = ChildJvm.vouch(jvm(false), List.of("check", "--no-grammar", "--format", "json",
                "--fail-on", "never", "--timeout", "120", drafts.toString()), scratch, "cli-fast", 600);
        ChildJvm.assertNoCrash(r.err());
        assertEquals("", r.network(), "no network access (NoNetwork)");
        assertEquals(0, r.exit(), r.err());
        Map<String, FileSummary> files = summarize(r.out());
        assertEquals(PathologicalDrafts.all().keySet(), files.keySet());

        for (String deep : List.of(NESTED_LISTS, NESTED_QUOTES, QUOTED_LISTS, LONG_LINE, UNCLOSED, FRONT_MATTER_BOMB)) {
            FileSummary f = files.get(deep);
            assertNull(f.skipped(), deep);
            // The TK at the deepest level (or before what is left open) is found: the draft was really read.
            assertTrue(f.rules().containsKey("citations.placeholder"), deep + ": " + f.rules());
        }
        FileSummary unclosed = files.get(UNCLOSED);
        assertEquals(3, unclosed.first().get("line").asInt(), "the TK before everything: " + unclosed.first());

        FileSummary big = files.get(FIVE_MB);
        assertNull(big.skipped());
        assertTrue(big.words() > 700_000, "words: " + big.words());
        assertTrue(big.diagnostics() > 50_000 && big.rules().containsKey("citations.undefined-footnote")
                && big.rules().containsKey("citations.placeholder"), big.rules().toString());

        assertEquals(FOOTNOTE_COUNT / 2, files.get(FOOTNOTES).rules().get("citations.undefined-footnote"));
        assertTrue(files.get(EMOJI).words() < 1_000, "only the keycaps count as words: " + files.get(EMOJI).words());
        assertNull(files.get(EMOJI).skipped());
        assertTrue(files.get(INVALID_UTF8).skipped().startsWith("not valid UTF-8 (first bad byte at offset "),
                files.get(INVALID_UTF8).skipped());
        assertTrue(files.get(NUL).skipped().startsWith("binary file (NUL byte at offset "), files.get(NUL).skipped());
        // Skipped files are named on stderr too, with the reason.
        assertTrue(r.err().contains(INVALID_UTF8 + ": skipped: not valid UTF-8"), r.err());
    }

    /**
     * With grammar: LanguageTool's time grows with the square of a sentence's length, so a paragraph with
     * a sentence of thousands of words is skipped with a notice instead of stalling the check for minutes
     * (the 200,000-character line took longer than five minutes before); and a draft whose check is
     * longer than {@code --timeout} (5 MB: 800,000 words of grammar) is abandoned and reported.
     */
    @Test
    void grammarSkipsOverlongSentencesWithANoticeAndTheTimeoutAbandonsTheRest() throws Exception {
        Path small = scratch.resolve("with-grammar");
        Files.createDirectories(small);
        for (String name : PathologicalDrafts.all().keySet()) {
            if (!name.equals(FIVE_MB)) {
                Files.copy(drafts.resolve(name), small.resolve(name));
            }
        }
        ChildJvm.Result r = ChildJvm.vouch(jvm(true), List.of("check", "--format", "json", "--fail-on", "never",
                "--timeout", "120", small.toString()), scratch, "cli-grammar", 600);
        ChildJvm.assertNoCrash(r.err());
        assertEquals("", r.network(), "no network access (NoNetwork)");
        assertEquals(0, r.exit(), r.err());
        Map<String, FileSummary> files = summarize(r.out());
        FileSummary line = files.get(LONG_LINE);
        assertEquals(1, line.rules().get("grammar.grammar"), line.rules().toString());
        assertTrue(r.out().contains("This paragraph was not checked for grammar and spelling: it has a sentence of "
                + "about 35,087 words and symbols; sentences over 1,000 are skipped"), "the notice says why");
        // Emoji: paragraphs of 200 are checked; the one of 5,000 is skipped with the same notice.
        assertEquals(1, files.get(EMOJI).rules().get("grammar.grammar"), files.get(EMOJI).rules().toString());
        for (Map.Entry<String, FileSummary> e : files.entrySet()) {
            if (e.getValue().skipped() == null) {
                assertNotNull(e.getValue().rules(), e.getKey());
            }
        }

        ChildJvm.Result big = ChildJvm.vouch(jvm(true), List.of("check", "--format", "json", "--fail-on", "never",
                "--timeout", "3", drafts.resolve(FIVE_MB).toString()), scratch, "cli-timeout", 300);
        ChildJvm.assertNoCrash(big.err());
        assertEquals("", big.network(), "no network access (NoNetwork)");
        assertEquals(2, big.exit(), big.err());
        assertTrue(big.err().contains(FIVE_MB + ": skipped: check abandoned after 3 s (--timeout)"), big.err());
        assertEquals("check abandoned after 3 s (--timeout)", summarize(big.out()).get(FIVE_MB).skipped());
    }
}
