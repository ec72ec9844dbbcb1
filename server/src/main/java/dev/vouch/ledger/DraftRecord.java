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

    /**
     * Active editing time over every session, in wall-clock terms: the length of the union of the
     * sessions' spans, so that two windows with the same draft open at once (the second one reloading
     * what the first saved, say) do not count the same minutes twice. Within a session every gap between
     * edits is shorter than the idle threshold, so its active time is its span (less any time a clock
     * stepped back); the total never exceeds the sum of the sessions' times.
     */
    public long editedMs() {
        long sum = 0;
        List<long[]> spans = new java.util.ArrayList<>();
        for (Session s : sessions) {
            sum += s.editedMs();
            spans.add(new long[] {s.end().toEpochMilli() - s.editedMs(), s.end().toEpochMilli()});
        }
        spans.sort(Comparator.comparingLong(a -> a[0]));
        long union = 0;
        long from = Long.MIN_VALUE;
        long to = Long.MIN_VALUE;
        for (long[] sp : spans) {
            if (sp[0] > to) {
                union += to - from;
                from = sp[0];
                to = sp[1];
            } else if (sp[1] > to) {
                to = sp[1];
            }
        }
        union += to - from;
        return Math.min(sum, union);
    }

    /** The sum of the sessions' own times (more than {@link #editedMs} when sessions overlap). */
    public long sessionsMs() {
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
