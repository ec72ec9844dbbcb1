package dev.vouch.ledger;

import java.time.Instant;

/**
 * One editing session of one writer (an editor window) on one draft: a run of edits none more than the
 * idle threshold apart. Each writer only ever writes its own sessions, keyed by {@code id}, so two
 * windows on one workspace merge by union and never lose each other's time.
 *
 * @param id          unique per session (a random UUID)
 * @param writer      who recorded it ("host:pid"), for people reading the ledger
 * @param start       the session's first edit
 * @param end         its last edit
 * @param editedMs    active editing time: the sum of the gaps between consecutive edits shorter than
 *                    the idle threshold
 * @param edits       how many edits it holds
 * @param words       the draft's word count after the session's last edit
 * @param contentHash {@link ContentHash} of the draft after the session's last edit
 */
public record Session(String id, String writer, Instant start, Instant end, long editedMs, int edits, int words,
                      String contentHash) {
}
