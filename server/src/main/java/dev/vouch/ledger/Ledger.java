package dev.vouch.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The editing ledger of one workspace ({@code .vouch/ledger.json}): per draft, keyed by its path
 * relative to the workspace root with {@code /} separators, the editing sessions recorded for it.
 * Immutable; {@link #withSessions} returns the merged ledger.
 *
 * @param drafts   by relative path, sorted
 * @param restarts times the ledger was found unreadable and started afresh (the old file kept as a backup)
 */
public record Ledger(Map<String, DraftRecord> drafts, List<Restart> restarts) {
    /** A note that the ledger was restarted: when, why, and where the unreadable file was kept. */
    public record Restart(Instant at, String reason, String backup) {}

    public Ledger {
        drafts = Collections.unmodifiableMap(new TreeMap<>(drafts));
        restarts = List.copyOf(restarts);
    }

    public static Ledger empty() {
        return new Ledger(Map.of(), List.of());
    }

    /** The record of a draft, or null when nothing was recorded for it. */
    public DraftRecord draft(String key) {
        return drafts.get(key);
    }

    /**
     * This ledger with {@code sessions} (by draft key) added, each replacing the session of the same id:
     * a writer re-sending its sessions updates them, and never touches another writer's.
     */
    public Ledger withSessions(Map<String, List<Session>> sessions) {
        Map<String, DraftRecord> out = new TreeMap<>(drafts);
        for (Map.Entry<String, List<Session>> e : sessions.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Map<String, Session> byId = new LinkedHashMap<>();
            DraftRecord old = out.get(e.getKey());
            if (old != null) {
                old.sessions().forEach(s -> byId.put(s.id(), s));
            }
            e.getValue().forEach(s -> byId.put(s.id(), s));
            out.put(e.getKey(), new DraftRecord(new ArrayList<>(byId.values())));
        }
        return new Ledger(out, restarts);
    }

    public Ledger withRestart(Restart r) {
        List<Restart> rs = new ArrayList<>(restarts);
        rs.add(r);
        return new Ledger(drafts, rs);
    }
}
