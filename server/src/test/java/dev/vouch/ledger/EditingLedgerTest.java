package dev.vouch.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Active editing time, sessions, merging writers and surviving crashes, all on a fake clock. */
class EditingLedgerTest {
    @TempDir
    Path root;

    private FakeClock clock = FakeClock.at("2026-03-20T10:00:00Z");

    private EditingLedger writer(String name) {
        return writer(name, Duration.ofMinutes(2));
    }

    private EditingLedger writer(String name, Duration idle) {
        return new EditingLedger(new LedgerStore(root, clock), idle, Duration.ofSeconds(30), name, clock);
    }

    private Path draft() {
        return root.resolve("posts/essay.md");
    }

    private DraftRecord onDisk(String key) {
        LedgerFile.Read r = LedgerFile.read(root.resolve(LedgerFile.PATH));
        assertNull(r.problem(), () -> "ledger problem: " + r.problem());
        return r.ledger().draft(key);
    }

    @Test
    void gapsUnderTheThresholdCount() {
        EditingLedger l = writer("a");
        l.edited(draft(), clock.instant(), "One.");
        l.edited(draft(), clock.advanceSeconds(30), "One two.");
        l.edited(draft(), clock.advanceSeconds(60), "One two three.");
        l.edited(draft(), clock.advanceSeconds(119), "One two three four.");
        assertTrue(l.flush().written());
        DraftRecord d = onDisk("posts/essay.md");
        assertEquals((30 + 60 + 119) * 1000L, d.editedMs());
        assertEquals(1, d.sessionCount());
        assertEquals(4, d.sessions().get(0).edits());
        assertEquals(4, d.words());
        assertEquals(ContentHash.of("One two three four."), d.contentHash());
        assertEquals(clock.instant(), d.lastEdit());
    }

    @Test
    void idleTimeDoesNotCountAndStartsANewSession() {
        EditingLedger l = writer("a");
        l.edited(draft(), clock.instant(), "a");
        l.edited(draft(), clock.advanceSeconds(60), "ab");
        l.edited(draft(), clock.advanceSeconds(120), "abc"); // exactly the threshold: idle
        l.edited(draft(), clock.advanceSeconds(45), "abcd");
        l.edited(draft(), clock.advance(Duration.ofHours(3)), "abcde");
        l.flush();
        DraftRecord d = onDisk("posts/essay.md");
        assertEquals((60 + 45) * 1000L, d.editedMs());
        assertEquals(3, d.sessionCount());
    }

    @Test
    void theLiveFigureAddsUnwrittenEditsToTheFileAndOtherWritersTime() {
        EditingLedger a = writer("a");
        EditingLedger b = writer("b");
        b.edited(draft(), clock.instant(), "b");
        b.edited(draft(), clock.advanceSeconds(40), "bb");
        b.flush();
        a.edited(draft(), clock.advanceSeconds(200), "a");
        a.flush();
        a.edited(draft(), clock.advanceSeconds(30), "aa"); // not written
        assertEquals(40_000L, onDisk("posts/essay.md").editedMs());
        assertEquals(70_000L, a.editedMs(draft()), "b's 40 s from the file and a's 30 s not yet written");
        assertEquals(0L, a.editedMs(root.resolve("posts/other.md")));
        assertEquals(a.current().draft("posts/essay.md").editedMs(), a.editedMs(draft()), "the same as current()");
    }

    @Test
    void theThresholdIsConfigurable() {
        EditingLedger l = writer("a", Duration.ofMinutes(10));
        l.edited(draft(), clock.instant(), "a");
        l.edited(draft(), clock.advance(Duration.ofMinutes(5)), "ab");
        l.flush();
        assertEquals(Duration.ofMinutes(5).toMillis(), onDisk("posts/essay.md").editedMs());
    }

    @Test
    void openingClosingAndUnchangedTextAreNotEdits() {
        EditingLedger l = writer("a");
        l.opened(draft(), clock.instant(), "Hello.");
        l.edited(draft(), clock.advanceSeconds(20), "Hello."); // no change (a client re-sending the text)
        assertFalse(l.flush().written(), "nothing to write yet");
        l.edited(draft(), clock.advanceSeconds(20), "Hello, world.");
        l.edited(draft(), clock.advanceSeconds(20), "Hello, world!");
        l.closed(draft(), clock.advanceSeconds(50));
        l.edited(draft(), clock.advanceSeconds(10), "Hello again."); // reopened and edited: a new session
        l.flush();
        DraftRecord d = onDisk("posts/essay.md");
        assertEquals(20_000L, d.editedMs(), "only the 20 s between the two real edits");
        assertEquals(2, d.sessionCount());
    }

    @Test
    void aClockSteppingBackCountsNoTime() {
        EditingLedger l = writer("a");
        l.edited(draft(), clock.instant(), "a");
        l.edited(draft(), clock.instant().minusSeconds(30), "ab");
        l.edited(draft(), clock.advanceSeconds(10), "abc");
        l.flush();
        assertEquals(10_000L, onDisk("posts/essay.md").editedMs());
    }

    @Test
    void draftsOutsideTheWorkspaceAreIgnored(@TempDir Path elsewhere) {
        EditingLedger l = writer("a");
        l.edited(elsewhere.resolve("x.md"), clock.instant(), "a");
        assertFalse(l.flush().written());
        assertNull(l.keyOf(elsewhere.resolve("x.md")));
        assertEquals("posts/essay.md", l.keyOf(draft()));
    }

    @Test
    void twoWritersKeepEachOthersTime() {
        EditingLedger a = writer("window-a");
        EditingLedger b = writer("window-b");
        Instant t = clock.instant();
        a.edited(draft(), t, "A1");
        b.edited(draft(), t.plusSeconds(5), "B1");
        a.edited(draft(), t.plusSeconds(60), "A2");
        a.flush();
        b.edited(draft(), t.plusSeconds(95), "B2");
        b.flush(); // b re-reads a's write and adds to it
        a.edited(draft(), t.plusSeconds(100), "A3");
        a.flush(); // a re-reads b's write: b's session survives
        b.edited(draft(), t.plusSeconds(130), "B3");
        b.flush();
        DraftRecord d = onDisk("posts/essay.md");
        assertEquals((100 + 125) * 1000L, d.sessionsMs(), "a: 60+40 s, b: 90+35 s");
        assertEquals(130_000L, d.editedMs(), "the windows overlapped in time: the draft was edited for 130 s, not 225");
        assertEquals(2, d.sessionCount());
        assertEquals(List.of("window-a", "window-b"), d.sessions().stream().map(Session::writer).sorted().toList());
        assertEquals(ContentHash.of("B3"), d.contentHash(), "the latest edit of any writer");
    }

    @Test
    void overlappingSessionsOfOneDraftCountOnce() {
        Instant t = clock.instant();
        DraftRecord d = new DraftRecord(List.of(
                new Session("a", "w1", t, t.plusSeconds(100), 100_000, 5, 10, ContentHash.of("a")),
                new Session("b", "w2", t.plusSeconds(50), t.plusSeconds(150), 100_000, 5, 10, ContentHash.of("b")),
                new Session("c", "w1", t.plusSeconds(400), t.plusSeconds(430), 30_000, 2, 10, ContentHash.of("c")),
                new Session("d", "w2", t.plusSeconds(600), t.plusSeconds(700), 20_000, 3, 10, ContentHash.of("d"))));
        assertEquals(150_000L + 30_000L + 20_000L, d.editedMs(), "[0,150] ∪ [400,430] ∪ [680,700]");
        assertEquals(250_000L, d.sessionsMs());
    }

    @Test
    void twoProcessesOnOneWorkspaceLoseNothing() throws Exception {
        Files.createDirectories(draft().getParent());
        Process p1 = LedgerProcesses.start("write", root.toString(), "posts/essay.md", "proc-1", "40", "0");
        Process p2 = LedgerProcesses.start("write", root.toString(), "posts/essay.md", "proc-2", "40", "60");
        assertEquals(0, LedgerProcesses.await(p1), LedgerProcesses.output(p1));
        assertEquals(0, LedgerProcesses.await(p2), LedgerProcesses.output(p2));
        DraftRecord d = onDisk("posts/essay.md");
        assertEquals(2, d.sessionCount());
        for (Session s : d.sessions()) {
            assertEquals(390_000L, s.editedMs(), s.writer() + ": 39 gaps of 10 s");
        }
        assertEquals(780_000L, d.editedMs(), "an hour apart, so nothing overlaps: both writers' time counts");
    }

    @Test
    void aFailedWriteLeavesTheOldLedgerAndLosesNoTime() throws IOException {
        EditingLedger good = writer("a");
        good.edited(draft(), clock.instant(), "a");
        good.edited(draft(), clock.advanceSeconds(30), "ab");
        good.flush();
        Path file = root.resolve(LedgerFile.PATH);
        String before = Files.readString(file);

        boolean[] crash = {true};
        LedgerStore flaky = new LedgerStore(root, clock, Duration.ofSeconds(5), (target, bytes) -> {
            if (crash[0]) {
                Path tmp = Files.createTempFile(target.getParent(), ".ledger.json.", ".tmp");
                Files.write(tmp, java.util.Arrays.copyOf(bytes, bytes.length / 3));
                throw new IOException("disk full (simulated)");
            }
            dev.vouch.util.AtomicFiles.write(target, bytes);
        });
        EditingLedger b = new EditingLedger(flaky, Duration.ofMinutes(2), Duration.ZERO, "b", clock);
        b.edited(draft(), clock.advanceSeconds(10), "abc");
        b.edited(draft(), clock.advanceSeconds(50), "abcd");
        EditingLedger.FlushResult r = b.flush();
        assertFalse(r.written());
        assertEquals(LedgerProblem.Kind.IO, r.problem().kind());
        assertTrue(r.problem().message().contains("disk full"), r.problem().message());
        assertEquals(before, Files.readString(file), "the old ledger is intact");
        assertEquals(30_000L, onDisk("posts/essay.md").editedMs());

        crash[0] = false;
        assertTrue(b.flush().written(), "the unwritten sessions are kept for the next flush");
        assertEquals(80_000L, onDisk("posts/essay.md").editedMs());
    }

    @Test
    void aProcessKilledMidWriteLeavesTheOldLedgerIntact() throws Exception {
        EditingLedger good = writer("a");
        good.edited(draft(), clock.instant(), "a");
        good.edited(draft(), clock.advanceSeconds(30), "ab");
        good.flush();
        Path file = root.resolve(LedgerFile.PATH);
        String before = Files.readString(file);

        Process crasher = LedgerProcesses.start("crash", root.toString(), "posts/essay.md");
        assertEquals(3, LedgerProcesses.await(crasher), LedgerProcesses.output(crasher));
        assertEquals(before, Files.readString(file), "the ledger is the one before the crash");
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                    "the half-written temporary file shows the crash happened mid-write");
        }
        // The lock died with the process: the next writer gets it and writes.
        good.edited(draft(), clock.advanceSeconds(20), "abc");
        assertTrue(good.flush().written());
        assertEquals(50_000L, onDisk("posts/essay.md").editedMs());
    }

    @Test
    void aCorruptLedgerIsBackedUpReportedAndRestarted() throws IOException {
        Path file = root.resolve(LedgerFile.PATH);
        Files.createDirectories(file.getParent());
        String conflict = "{\n<<<<<<< HEAD\n  \"version\": 1,\n=======\n  \"version\": 1\n>>>>>>> other\n}\n";
        Files.writeString(file, conflict);
        EditingLedger l = writer("a");
        l.edited(draft(), clock.instant(), "a");
        l.edited(draft(), clock.advanceSeconds(40), "ab");
        EditingLedger.FlushResult r = l.flush();
        assertTrue(r.written());
        assertNotNull(r.problem());
        assertEquals(LedgerProblem.Kind.CORRUPT, r.problem().kind());
        assertTrue(r.problem().message().contains("merge-conflict"), r.problem().message());
        assertEquals(conflict, Files.readString(r.problem().backup()), "kept byte for byte");
        LedgerFile.Read now = LedgerFile.read(file);
        assertTrue(now.ok());
        assertEquals(1, now.ledger().restarts().size());
        assertEquals(r.problem().backup().getFileName().toString(), now.ledger().restarts().get(0).backup());
        assertEquals(40_000L, now.ledger().draft("posts/essay.md").editedMs());

        Files.writeString(file, "not json at all");
        l.edited(draft(), clock.advanceSeconds(10), "abc");
        EditingLedger.FlushResult second = l.flush();
        assertNotNull(second.problem());
        assertTrue(!second.problem().backup().equals(r.problem().backup()), "an earlier backup is never overwritten");
    }

    @Test
    void handEditsAreDetected() throws IOException {
        EditingLedger l = writer("a");
        l.edited(draft(), clock.instant(), "a");
        l.edited(draft(), clock.advanceSeconds(40), "ab");
        l.flush();
        Path file = root.resolve(LedgerFile.PATH);
        String text = Files.readString(file);

        String total = text.replace("\"editedMs\" : 40000,\n      \"sessionCount\"", "\"editedMs\" : 4000000,\n      \"sessionCount\"");
        assertTrue(!total.equals(text));
        LedgerFile.Read r1 = LedgerFile.parse(total, file);
        assertEquals(LedgerProblem.Kind.MODIFIED, r1.problem().kind(), String.valueOf(r1.problem()));

        String minutes = text.replace("\"editedMinutes\" : 0.7", "\"editedMinutes\" : 70.0");
        assertEquals(LedgerProblem.Kind.MODIFIED, LedgerFile.parse(minutes, file).problem().kind());

        String session = text.replace("\"edits\" : 2", "\"edits\" : 3");
        LedgerFile.Read r3 = LedgerFile.parse(session, file);
        assertEquals(LedgerProblem.Kind.MODIFIED, r3.problem().kind());
        assertTrue(r3.problem().message().contains("checksum"), r3.problem().message());

        String impossible = text.replace("\"editedMs\" : 40000,\n        \"edits\"", "\"editedMs\" : 400000,\n        \"edits\"");
        assertTrue(!impossible.equals(text));
        assertEquals(LedgerProblem.Kind.CORRUPT, LedgerFile.parse(impossible, file).problem().kind(),
                "more editing time than the session lasted");

        assertTrue(LedgerFile.parse(text.replace("\"note\" : \"Written", "\"note\" : \"Hand-written"), file).ok(),
                "the note is not part of the checked content");
    }

    @Test
    void aLedgerFromANewerVouchIsNeverOverwritten() throws IOException {
        Path file = root.resolve(LedgerFile.PATH);
        Files.createDirectories(file.getParent());
        String newer = "{\"version\": 2, \"drafts\": {}}";
        Files.writeString(file, newer);
        EditingLedger l = writer("a");
        l.edited(draft(), clock.instant(), "a");
        EditingLedger.FlushResult r = l.flush();
        assertFalse(r.written());
        assertEquals(LedgerProblem.Kind.NEWER_VERSION, r.problem().kind());
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void flushIfDueWritesAtMostOncePerInterval() {
        EditingLedger l = writer("a");
        l.edited(draft(), clock.instant(), "a");
        assertTrue(l.flushIfDue().written(), "the first flush is due at once");
        l.edited(draft(), clock.advanceSeconds(10), "ab");
        assertFalse(l.flushIfDue().written(), "10 s after the last write");
        clock.advanceSeconds(25);
        assertTrue(l.flushIfDue().written());
        assertFalse(l.flushIfDue().written(), "nothing new");
        assertEquals(10_000L, onDisk("posts/essay.md").editedMs());
        assertEquals(10_000L, l.current().draft("posts/essay.md").editedMs());
    }

    @Test
    void currentMergesUnflushedSessionsWithTheFile() {
        EditingLedger a = writer("a");
        a.edited(draft(), clock.instant(), "a");
        a.edited(draft(), clock.advanceSeconds(30), "ab");
        a.flush();
        EditingLedger b = writer("b");
        b.edited(draft(), clock.advanceSeconds(5), "abc");
        b.edited(draft(), clock.advanceSeconds(15), "abcd");
        assertEquals(45_000L, b.current().draft("posts/essay.md").editedMs());
        assertEquals(30_000L, onDisk("posts/essay.md").editedMs(), "b has not written yet");
    }

    @Test
    void keysAreRelativeWithForwardSlashes() {
        assertEquals("a/b/c.md", LedgerLocator.key(root, root.resolve("a").resolve("b").resolve("c.md")));
        assertNull(LedgerLocator.key(root.resolve("a"), root.resolve("b.md")));
        assertTrue(LedgerFile.validKey("posts/x.md"));
        for (String bad : new String[] {"/abs.md", "../up.md", "a//b.md", "C:/x.md", "a\\b.md", ""}) {
            assertFalse(LedgerFile.validKey(bad), bad);
        }
    }

    @Test
    void theRootIsTheNearestFolderWithALedgerOrAConfig() throws IOException {
        Path project = Files.createDirectories(root.resolve("blog"));
        Path post = Files.createDirectories(project.resolve("posts/2026")).resolve("p.md");
        assertEquals(root.resolve("ws").toAbsolutePath(), LedgerLocator.rootForWriting(
                Files.createDirectories(root.resolve("ws/sub")).resolve("x.md"), root.resolve("ws")));
        Files.writeString(project.resolve(".vouch.json"), "{}");
        assertEquals(project, LedgerLocator.rootOf(post));
        assertEquals(project, LedgerLocator.rootForWriting(post, root));
        Files.createDirectories(project.resolve("posts/.vouch"));
        Files.writeString(project.resolve("posts/.vouch/ledger.json"), "{}");
        assertEquals(project.resolve("posts"), LedgerLocator.rootOf(post), "a ledger nearer the draft wins");
    }
}
