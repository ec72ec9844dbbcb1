package dev.vouch.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledgers one editor process keeps: one per project root, written on interval, save, close and shutdown. */
class WorkspaceLedgersTest {
    @TempDir
    Path ws;

    private final FakeClock clock = FakeClock.at("2026-03-20T10:00:00Z");
    private final List<LedgerProblem> problems = new ArrayList<>();

    private WorkspaceLedgers ledgers() {
        return new WorkspaceLedgers(ws, d -> Duration.ofMinutes(2), Duration.ofSeconds(30), clock, problems::add);
    }

    private static long edited(Path root, String key) {
        LedgerFile.Read r = LedgerFile.read(root.resolve(LedgerFile.PATH));
        assertTrue(r.ok(), String.valueOf(r.problem()));
        DraftRecord d = r.ledger().draft(key);
        return d == null ? -1 : d.editedMs();
    }

    @Test
    void eachProjectKeepsItsOwnLedger() throws Exception {
        Path blog = Files.createDirectories(ws.resolve("blog"));
        Files.writeString(blog.resolve(".vouch.json"), "{}");
        Path notes = Files.createDirectories(ws.resolve("notes"));
        WorkspaceLedgers l = ledgers();
        l.opened(blog.resolve("a.md"), clock.instant(), "a");
        l.changed(blog.resolve("a.md"), clock.advanceSeconds(1), "ab");
        l.changed(notes.resolve("n.md"), clock.advanceSeconds(1), "n");
        l.changed(blog.resolve("a.md"), clock.advanceSeconds(20), "abc");
        l.changed(notes.resolve("n.md"), clock.advanceSeconds(10), "nn");
        l.flushAll();
        assertEquals(21_000L, edited(blog, "a.md"), "blog has a .vouch.json: its own root");
        assertEquals(30_000L, edited(ws, "notes/n.md"), "no config above notes/: the workspace folder");
        assertTrue(problems.isEmpty());
    }

    @Test
    void writesOnIntervalSaveAndClose() {
        WorkspaceLedgers l = ledgers();
        Path d = ws.resolve("d.md");
        l.changed(d, clock.instant(), "1");
        assertEquals(0L, edited(ws, "d.md"), "the first change writes at once");
        l.changed(d, clock.advanceSeconds(10), "12");
        assertEquals(0L, edited(ws, "d.md"), "then not before the interval");
        l.saved(d, clock.advanceSeconds(1));
        assertEquals(10_000L, edited(ws, "d.md"), "a save writes");
        l.changed(d, clock.advanceSeconds(5), "123");
        l.closed(d, clock.advanceSeconds(100));
        assertEquals(16_000L, edited(ws, "d.md"), "a close writes, without counting the time after the last edit");
    }

    @Test
    void aProblemIsToldOnceNotOnEveryKeystroke() throws Exception {
        Files.createDirectories(ws.resolve(".vouch"));
        Files.writeString(ws.resolve(LedgerFile.PATH), "{\"version\": 9}");
        WorkspaceLedgers l = ledgers();
        Path d = ws.resolve("d.md");
        for (int i = 0; i < 5; i++) {
            l.changed(d, clock.advanceSeconds(40), "text " + i);
        }
        l.flushAll();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(LedgerProblem.Kind.NEWER_VERSION, problems.get(0).kind());
        assertNull(LedgerFile.read(ws.resolve(LedgerFile.PATH)).ledger(), "left alone");
        assertEquals(1, l.current(d).drafts().size(), "the time is kept in memory meanwhile");
    }
}
