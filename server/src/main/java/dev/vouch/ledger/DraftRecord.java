package dev.vouch.ledger;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What the ledger knows about one draft: its sessions, from every writer. The totals are derived from
 * them, so merging is a union of sessions.
 */
public record DraftRecord(List<Session> sessions) {
    public DraftRecord {
        sessions = sessions.stream().sorted(Comparator.comparing(Session::start).thenComparing(Session::id)).toList();
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a draft record needs at least one session");
        }
    }

    /** Active editing time over every session. */
    public long editedMs() {
        long sum = 0;
        for (Session s : sessions) {
            sum += s.editedMs();
        }
        return sum;
    }

    public double editedMinutes() {
        return editedMs() / 60_000.0;
    }

    public int sessionCount() {
        return sessions.size();
    }

    /** The session holding the most recent edit (the latest end; ties broken by id, so every reader agrees). */
    public Session latest() {
        return sessions.stream().max(Comparator.comparing(Session::end).thenComparing(Session::id)).orElseThrow();
    }

    public Instant lastEdit() {
        return latest().end();
    }

    /** Word count at the last edit. */
    public int words() {
        return latest().words();
    }

    /** Content hash at the last edit. */
    public String contentHash() {
        return latest().contentHash();
    }
}
