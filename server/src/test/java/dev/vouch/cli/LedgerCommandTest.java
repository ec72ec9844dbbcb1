package dev.vouch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vouch.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vouch ledger} and {@code vouch check} reading a ledger committed beside the drafts. */
class LedgerCommandTest {
    private static final Path PROJECT = TestPaths.testResources().resolve("ledger-project");

    @Test
    void printsWordsEditedAndRequiredMinutesFromTheCommittedLedger() {
        CliTest.Run r = CliTest.vouch("ledger", PROJECT.resolve("drafts").toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[0].matches("DRAFT\\s+WORDS\\s+EDITED\\s+REQUIRED\\s+MEETS\\s+NOTE"), lines[0]);
        assertTrue(row(r.out(), "short.md").matches(".*short\\.md\\s+106\\s+1\\.0\\s+3\\s+no\\s+1 min per 50 words"),
                row(r.out(), "short.md"));
        assertTrue(row(r.out(), "met.md").matches(".*met\\.md\\s+96\\s+6\\.0\\s+2\\s+yes\\s+.*"), row(r.out(), "met.md"));
        assertTrue(row(r.out(), "human.md").contains("not marked AI-assisted"), row(r.out(), "human.md"));
        assertTrue(lines[lines.length - 1].startsWith("3 drafts; the editing-time policy applies to 2, 1 of them short"),
                lines[lines.length - 1]);
    }

    @Test
    void jsonRowsAndCheckExitCode() throws Exception {
        CliTest.Run r = CliTest.vouch("ledger", "--format", "json", PROJECT.resolve("drafts").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode drafts = r.json().get("drafts");
        assertEquals(3, drafts.size());
        JsonNode s = null;
        for (JsonNode d : drafts) {
            if (d.get("key").asText().equals("drafts/short.md")) {
                s = d;
            }
        }
        assertEquals(106, s.get("words").asInt());
        assertEquals(1.0, s.get("editedMinutes").asDouble());
        assertEquals(3, s.get("requiredMinutes").asInt());
        assertEquals(false, s.get("meets").asBoolean());
        assertEquals(1, s.get("sessions").asInt());
        assertEquals(1, CliTest.vouch("ledger", "--check", PROJECT.resolve("drafts").toString()).exit());
        assertEquals(0, CliTest.vouch("ledger", "--check", PROJECT.resolve("drafts/met.md").toString()).exit());
    }

    @Test
    void checkReportsTheShortDraftAtItsAiAssistedLine() throws Exception {
        CliTest.Run r = CliTest.vouch("check", "--no-grammar", "--format", "json", "--fail-on", "warning",
                PROJECT.resolve("drafts").toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        int found = 0;
        for (JsonNode f : r.json().get("files")) {
            for (JsonNode d : f.get("diagnostics")) {
                if (d.get("ruleId").asText().equals("policy.editing-time")) {
                    found++;
                    assertTrue(f.get("path").asText().endsWith("short.md"));
                    assertEquals(2, d.get("line").asInt());
                    assertEquals("Edited 1 min; the LessWrong guideline asks for 3 min for 106 words (1 min per 50 words).",
                            d.get("message").asText());
                    assertEquals(false, f.get("metrics").get("ledger.meets").asBoolean());
                }
            }
        }
        assertEquals(1, found);
    }

    @Test
    void aHandEditedLedgerIsReportedNotTrusted(@TempDir Path dir) throws Exception {
        copy(PROJECT, dir);
        Path ledger = dir.resolve(".vouch/ledger.json");
        String text = Files.readString(ledger);
        Files.writeString(ledger, text.replaceFirst("\"editedMinutes\" : 1.0", "\"editedMinutes\" : 30.0"));
        CliTest.Run r = CliTest.vouch("ledger", dir.resolve("drafts").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("the ledger was edited by hand"), r.err());
        assertTrue(row(r.out(), "short.md").contains("ledger unreadable"), r.out());
        CliTest.Run check = CliTest.vouch("check", "--no-grammar", dir.resolve("drafts/met.md").toString());
        assertTrue(check.out().contains("Editing time unknown: .vouch/ledger.json was edited by hand"), check.out());
        assertEquals(text.replaceFirst("\"editedMinutes\" : 1.0", "\"editedMinutes\" : 30.0"), Files.readString(ledger),
                "readers never rewrite the ledger");
    }

    @Test
    void editedMinutesRoundDownLikeTheLensSo3799NeverReads38BesideMeetsNo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".vouch.json"), "{\"extends\": [\"vouch:lesswrong-2025\"]}\n");
        Path draft = dir.resolve("long.md");
        String text = "---\nai-assisted: true\n---\n" + "word ".repeat(1900) + "\n";
        Files.writeString(draft, text);
        java.time.Instant t0 = java.time.Instant.parse("2026-03-20T09:00:00Z");
        dev.vouch.ledger.EditingLedger ledger = new dev.vouch.ledger.EditingLedger(dir, java.time.Duration.ofMinutes(2),
                java.time.Clock.fixed(t0, java.time.ZoneOffset.UTC));
        for (int m = 0; m <= 37; m++) {
            ledger.edited(draft, t0.plusSeconds(60L * m), text + "<!-- " + m + " -->");
        }
        ledger.edited(draft, t0.plusMillis(37_990 * 60), text); // 37.99 minutes in all
        ledger.closed(draft, t0.plusSeconds(60 * 39));
        ledger.flush();

        CliTest.Run r = CliTest.vouch("ledger", draft.toString());
        assertTrue(row(r.out(), "long.md").matches(".*long\\.md\\s+1,900\\s+37\\.9\\s+38\\s+no\\b.*"),
                row(r.out(), "long.md"));
        CliTest.Run json = CliTest.vouch("ledger", "--format", "json", draft.toString());
        assertEquals(37.9, json.json().get("drafts").get(0).get("editedMinutes").asDouble(), json.out());
        assertFalse(json.json().get("drafts").get(0).get("meets").asBoolean());
    }

    @Test
    void withoutPathsItListsTheLedgerOfTheWorkingFolder() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ledger")
                .directory(PROJECT.resolve("drafts").toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("3 drafts; the editing-time policy applies to 2, 1 of them short"), out);
        assertTrue(row(out, "short.md").startsWith("short.md"), "paths relative to the working folder: " + out);
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, CliTest.vouch("ledger", "--format", "xml", PROJECT.toString()).exit());
        CliTest.Run missing = CliTest.vouch("ledger", "/definitely/not/here.md");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    private static String row(String out, String name) {
        for (String l : out.split("\n")) {
            if (l.contains(name)) {
                return l.strip();
            }
        }
        return "(no row for " + name + ")";
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
