package dev.vouch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run vouch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static Run vouchWithStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return vouch(args);
        } finally {
            System.setIn(saved);
        }
    }

    private static final String BROKEN = "# Draft\n\nA claim.[^1] And TK more.\n";

    @Test
    void exitCodesFollowFailOn(@TempDir Path dir) throws Exception {
        Path clean = Files.writeString(dir.resolve("clean.md"), "# Fine\n\nNothing to see.\n");
        Path warn = Files.writeString(dir.resolve("warn.md"), "Still TK.\n");
        Path err = Files.writeString(dir.resolve("err.md"), BROKEN);
        assertEquals(0, vouch("check", clean.toString()).exit());
        assertEquals(0, vouch("check", warn.toString()).exit(), "warnings do not fail by default");
        assertEquals(1, vouch("check", "--fail-on", "warning", warn.toString()).exit());
        assertEquals(1, vouch("check", err.toString()).exit());
        assertEquals(0, vouch("check", "--fail-on", "never", err.toString()).exit());
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        Run r = vouch("check", "--frobnicate", "x.md");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--frobnicate"), r.err());
        assertEquals(2, vouch("check", "--format", "xml", "x.md").exit());
        assertEquals(2, vouch("check", "--fail-on", "loud", "x.md").exit());
        assertEquals(2, vouch("check").exit());
        assertEquals(2, vouch("--bogus").exit());
        Run missing = vouch("check", "/definitely/not/here.md");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void helpVersionAndRules() {
        Run help = vouch("--help");
        assertEquals(0, help.exit());
        for (String sub : List.of("check", "lsp", "rules")) {
            assertTrue(help.out().contains(sub), help.out());
        }
        assertTrue(vouch("--version").out().startsWith("vouch "));
        assertTrue(help.out().replaceAll("\\s+", " ").contains("ledger Prints each draft's words, edited and "
                + "required minutes, and whether it meets the editing-time policy. lsp"),
                "the ledger summary is a whole sentence: " + help.out());
        Run bare = vouch();
        assertEquals(2, bare.exit(), "no command is a usage error");
        assertTrue(bare.err().contains("Usage: vouch"), bare.err());
        assertEquals("", bare.out());
        Run rules = vouch("rules");
        assertEquals(0, rules.exit());
        assertTrue(rules.out().contains("citations.undefined-footnote"));
        assertTrue(rules.out().contains("error"));
    }

    @Test
    void textFormatIsPathLineColumn(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), BROKEN);
        Run r = vouch("check", f.toString());
        String first = r.out().lines().findFirst().orElseThrow();
        assertEquals(f + ":3:9: error: Footnote [^1] has no definition. [citations.undefined-footnote]", first);
        assertTrue(r.out().lines().reduce((a, b) -> b).orElseThrow().startsWith("1 file checked"), r.out());
    }

    @Test
    void jsonHasTheDocumentedShape(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "😀 " + BROKEN);
        JsonNode root = vouch("check", "--format", "json", f.toString()).json();
        assertEquals(1, root.get("version").asInt());
        assertEquals("vouch", root.get("tool").asText());
        JsonNode file = root.get("files").get(0);
        assertEquals(f.toString(), file.get("path").asText());
        assertTrue(file.get("words").isInt());
        JsonNode d = file.get("diagnostics").get(0);
        assertFields(d, "ruleId", "category", "severity", "message", "line", "column", "endLine", "endColumn", "fixes");
        assertEquals("citations", d.get("category").asText());
        assertEquals("error", d.get("severity").asText());
        assertEquals(3, d.get("line").asInt());
        JsonNode edit = d.get("fixes").get(0).get("edits").get(0);
        assertFields(edit, "line", "column", "endLine", "endColumn", "newText");
        assertTrue(d.get("fixes").get(0).has("title"));
        JsonNode summary = root.get("summary");
        assertFields(summary, "files", "errors", "warnings", "infos", "hints");
        assertEquals(1, summary.get("files").asInt());
        assertEquals(1, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
    }

    @Test
    void columnsAreUtf16CodeUnits(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("e.md"), "😀😀 TK here.\n");
        JsonNode d = vouch("check", "--format", "json", f.toString()).json().get("files").get(0).get("diagnostics").get(0);
        assertEquals(6, d.get("column").asInt(), "two emoji are four code units, then a space");
        assertEquals(8, d.get("endColumn").asInt());
    }

    private static void assertFields(JsonNode node, String... names) {
        for (String n : names) {
            assertTrue(node.has(n), "missing field " + n + " in " + node);
        }
    }

    @Test
    void sarifHasRulesResultsAndRegions(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), BROKEN);
        JsonNode root = vouch("check", "--format", "sarif", f.toString()).json();
        assertEquals("2.1.0", root.get("version").asText());
        assertTrue(root.get("$schema").asText().contains("sarif-2.1.0"));
        JsonNode run = root.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("vouch", driver.get("name").asText());
        Set<String> ruleIds = new java.util.HashSet<>();
        for (JsonNode rule : driver.get("rules")) {
            assertFields(rule, "id", "shortDescription", "fullDescription", "help", "defaultConfiguration");
            assertFalse(rule.get("help").get("text").asText().isBlank());
            assertTrue(Set.of("error", "warning", "note").contains(rule.get("defaultConfiguration").get("level").asText()));
            ruleIds.add(rule.get("id").asText());
        }
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        assertEquals(2, run.get("results").size());
        for (JsonNode res : run.get("results")) {
            assertTrue(ruleIds.contains(res.get("ruleId").asText()));
            assertEquals(res.get("ruleId").asText(), driver.get("rules").get(res.get("ruleIndex").asInt()).get("id").asText());
            assertTrue(Set.of("error", "warning", "note").contains(res.get("level").asText()));
            assertFalse(res.get("message").get("text").asText().isBlank());
            JsonNode phys = res.get("locations").get(0).get("physicalLocation");
            assertFalse(phys.get("artifactLocation").get("uri").asText().isBlank());
            JsonNode region = phys.get("region");
            assertFields(region, "startLine", "startColumn", "endLine", "endColumn");
            assertTrue(region.get("startLine").asInt() >= 1 && region.get("startColumn").asInt() >= 1);
        }
        assertOnlyKnownSarifKeys(root);
    }

    /** The subset of SARIF 2.1.0 property names we emit; a typo would silently be ignored by readers. */
    private static void assertOnlyKnownSarifKeys(JsonNode node) {
        Set<String> known = Set.of("$schema", "version", "runs", "tool", "driver", "name", "semanticVersion", "rules",
                "id", "shortDescription", "fullDescription", "text", "help", "markdown", "defaultConfiguration",
                "level", "properties", "tags", "columnKind", "results", "ruleId", "ruleIndex", "message", "locations",
                "physicalLocation", "artifactLocation", "uri", "region", "startLine", "startColumn", "endLine",
                "endColumn", "invocations", "executionSuccessful", "toolConfigurationNotifications", "descriptor");
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                assertTrue(known.contains(k), "unexpected SARIF property " + k);
                if (!k.equals("properties")) {
                    assertOnlyKnownSarifKeys(node.get(k));
                }
            }
        } else if (node.isArray()) {
            node.forEach(CliTest::assertOnlyKnownSarifKeys);
        }
    }

    @Test
    void githubAnnotations(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a,b.md"), BROKEN);
        String out = vouch("check", "--format", "github", f.toString()).out();
        String line = out.lines().findFirst().orElseThrow();
        assertTrue(line.startsWith("::error file="), line);
        assertTrue(line.contains("a%2Cb.md,line=3,col=9,endLine=3,endColumn=13,title=citations.undefined-footnote::"), line);
        assertTrue(out.contains("::warning "), out);
    }

    @Test
    void foldersGlobsAndStableOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/.hidden"));
        Files.writeString(dir.resolve("b/z.md"), "TK\n");
        Files.writeString(dir.resolve("b/a.markdown"), "TK\n");
        Files.writeString(dir.resolve("b/.hidden/skip.md"), "TK\n");
        Files.writeString(dir.resolve("b/notes.txt"), "TK\n");
        JsonNode root = vouch("check", "--format", "json", dir.resolve("b").toString()).json();
        assertEquals(List.of(dir.resolve("b/a.markdown").toString(), dir.resolve("b/z.md").toString()), paths(root));
        JsonNode globbed = vouch("check", "--format", "json", dir + "/**/*.md").json();
        assertEquals(List.of(dir.resolve("b/z.md").toString()), paths(globbed));
    }

    private static List<String> paths(JsonNode root) {
        return java.util.stream.StreamSupport.stream(root.get("files").spliterator(), false)
                .map(f -> f.get("path").asText()).toList();
    }

    @Test
    void stdinWithFilename(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\"rules\": {\"citations.placeholder\": \"off\"}}");
        Run r = vouchWithStdin("TK here.[^x]\n", "check", "--stdin", "--stdin-filename",
                dir.resolve("post.md").toString(), "--format", "json");
        JsonNode file = r.json().get("files").get(0);
        assertEquals(dir.resolve("post.md").toString(), file.get("path").asText());
        assertEquals(1, file.get("diagnostics").size(), "the placeholder rule is off by the folder's config");
        assertEquals(1, r.exit());
    }

    @Test
    void unreadableFilesAreReportedNotFatal(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bad.md"), new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Files.write(dir.resolve("bin.md"), new byte[] {'a', 0, 'b'});
        Files.writeString(dir.resolve("good.md"), "TK\n");
        Run r = vouch("check", "--format", "json", dir.toString());
        assertTrue(r.err().contains("bad.md: skipped: not valid UTF-8"), r.err());
        assertTrue(r.err().contains("bin.md: skipped: binary file"), r.err());
        assertEquals(0, r.exit(), "files found in a folder are skipped with a message");
        assertEquals(1, r.json().get("summary").get("files").asInt());
        assertEquals(2, vouch("check", dir.resolve("bad.md").toString()).exit(), "a named file that cannot be read is an error");
    }

    @Test
    void hugeFilesAreSkipped(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.md");
        byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        Files.write(big, chunk);
        Run r = vouch("check", "--max-file-size", "0.5", big.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("larger than 0.5 MB"), r.err());
    }

    @Test
    void configErrorsNameFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\n  \"rules\": {\n    \"citations.nope\": \"off\"\n  }\n}\n");
        Path f = Files.writeString(dir.resolve("a.md"), "Fine.\n");
        Run r = vouch("check", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".vouch.json:3:5: error: unknown rule \"citations.nope\""), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        Files.writeString(dir.resolve(".vouch.json"), "{ not json");
        Run bad = vouch("check", f.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains(".vouch.json:1:"), bad.err());
        assertTrue(bad.err().contains("invalid JSON"), bad.err());
    }

    @Test
    void configProblemsReachEveryFormat(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\n  \"rules\": {\n    \"citations.nope\": \"off\"\n  }\n}\n");
        Path a = Files.writeString(dir.resolve("a.md"), "Fine.\n");
        Path b = Files.writeString(dir.resolve("b.md"), "Also fine.\n");
        Run gh = vouch("check", "--format", "github", a.toString(), b.toString());
        assertEquals(2, gh.exit());
        List<String> annotations = gh.out().lines().filter(l -> l.contains("title=vouch config::")).toList();
        assertEquals(1, annotations.size(), "once, however many drafts it applies to: " + gh.out());
        assertTrue(annotations.get(0).matches("::error file=[^,]*\\.vouch\\.json,line=3,col=5,title=vouch config::"
                + "unknown rule \"citations\\.nope\".*"), annotations.get(0));

        JsonNode json = vouch("check", "--format", "json", a.toString(), b.toString()).json();
        JsonNode problems = json.get("configProblems");
        assertEquals(1, problems.size(), json.toString());
        assertEquals(3, problems.get(0).get("line").asInt());
        assertEquals(5, problems.get(0).get("column").asInt());
        assertTrue(problems.get(0).get("file").asText().endsWith(".vouch.json"));
        assertTrue(json.get("files").get(0).has("configProblems"), "the per-file field stays");

        JsonNode sarif = vouch("check", "--format", "sarif", a.toString()).json();
        JsonNode note = sarif.get("runs").get(0).get("invocations").get(0).get("toolConfigurationNotifications").get(0);
        assertEquals("error", note.get("level").asText());
        assertTrue(note.get("message").get("text").asText().contains("citations.nope"));
        assertEquals(3, note.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        assertOnlyKnownSarifKeys(sarif);
    }

    @Test
    void fixAppliesSafeFixesAtomicallyAndIsIdempotent(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "Claim one.[^a] Claim two.[^b]\r\n\r\nMore text.\r\n");
        Run first = vouch("check", "--fix", f.toString());
        String fixed = Files.readString(f);
        assertEquals("Claim one.[^a] Claim two.[^b]\r\n\r\nMore text.\r\n\r\n[^a]: \r\n\r\n[^b]: \r\n", fixed);
        assertTrue(first.err().contains("fixed: Add a definition stub for [^a]"), first.err());
        Run second = vouch("check", "--fix", f.toString());
        assertEquals(fixed, Files.readString(f), "a second --fix changes nothing");
        assertFalse(second.err().contains("fixed:"), second.err());
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary files are left behind");
        }
    }

    @Test
    void aFixThatCannotBeWrittenIsAnIoErrorAndTheFindingsStillPrint(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        String text = "A claim.[^a]\n";
        Path f = Files.writeString(folder.resolve("a.md"), text);
        ReadOnly lock = ReadOnly.lock(folder);
        org.junit.jupiter.api.Assumptions.assumeTrue(lock != null, "cannot make a read-only folder here");
        try {
            Run r = vouch("check", "--fix", "--no-grammar", f.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("a.md: --fix could not write the fixed file"), r.err());
            assertFalse(r.err().contains("skipped"), r.err());
            assertFalse(r.err().contains("fixed:"), "nothing was fixed: " + r.err());
            assertTrue(r.out().contains("a.md:1:9: error:"), "the findings still print: " + r.out());
            assertTrue(r.out().contains("1 file checked"), r.out());
            Run json = vouch("check", "--fix", "--no-grammar", "--format", "json", f.toString());
            JsonNode file = json.json().get("files").get(0);
            assertTrue(file.get("fixWriteError").asText().contains("could not write"), json.out());
            assertTrue(file.get("diagnostics").size() > 0, json.out());
        } finally {
            lock.unlock();
        }
        assertEquals(text, Files.readString(f), "the original is untouched");
        try (var s = Files.list(folder)) {
            assertEquals(List.of(f), s.toList(), "no temporary file is left behind");
        }
    }

    /** A folder nobody can write into: chmod for a normal user, chattr +i for root (who ignores modes). */
    private record ReadOnly(Path folder, boolean immutable) {
        static ReadOnly lock(Path folder) throws Exception {
            folder.toFile().setWritable(false, false);
            if (!writable(folder)) {
                return new ReadOnly(folder, false);
            }
            folder.toFile().setWritable(true, false);
            try {
                Process p = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0 && !writable(folder)) {
                    return new ReadOnly(folder, true);
                }
            } catch (java.io.IOException e) {
                // no chattr
            }
            return null;
        }

        private static boolean writable(Path folder) {
            try {
                Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
                return true;
            } catch (java.io.IOException e) {
                return false;
            }
        }

        void unlock() throws Exception {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
            } else {
                folder.toFile().setWritable(true, false);
            }
        }
    }

    @Test
    void filesCheckedInParallelReportInTheSameOrderAsOneAtATime(@TempDir Path dir) throws Exception {
        // Drafts that take different times (so parallel checks finish out of order), one in a sub-folder,
        // one skipped (not UTF-8), one with a configuration problem beside it.
        for (int i = 0; i < 12; i++) {
            StringBuilder b = new StringBuilder("# Draft " + i + "\n\n");
            for (int k = 0; k < (i % 4) * 40 + 1; k++) {
                b.append("Paragraph ").append(k).append(" says studies show ").append(k % 90).append("% agree.[^")
                        .append(k).append("] Still TK.\n\n");
            }
            Files.writeString(dir.resolve(String.format("d%02d.md", 11 - i)), b.toString());
        }
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/inner.md"), BROKEN);
        Files.write(dir.resolve("bad.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Files.writeString(dir.resolve("sub/.vouch.json"), "{ \"rules\": { \"no.such-rule\": \"off\" } }");
        for (String format : List.of("json", "text", "sarif", "github")) {
            Run one = vouch("check", "--no-grammar", "--format", format, "--jobs", "1", dir.toString());
            Run many = vouch("check", "--no-grammar", "--format", format, "--jobs", "4", dir.toString());
            assertEquals(one.exit(), many.exit(), format);
            assertEquals(one.out(), many.out(), format + ": the report");
            assertEquals(one.err(), many.err(), format + ": the messages");
        }
        Run json = vouch("check", "--no-grammar", "--format", "json", dir.toString());
        List<String> paths = new java.util.ArrayList<>();
        json.json().get("files").forEach(f -> paths.add(f.get("path").asText()));
        List<String> sorted = new java.util.ArrayList<>(paths);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, paths, "files are reported in path order");
        assertEquals(14, paths.size(), paths.toString());
    }
}
