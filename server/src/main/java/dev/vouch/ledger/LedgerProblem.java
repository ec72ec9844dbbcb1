package dev.vouch.ledger;

import java.nio.file.Path;

/**
 * Why a ledger could not be used as it is.
 *
 * @param kind    what went wrong
 * @param file    the ledger file
 * @param message one sentence for the writer
 * @param backup  where the unreadable file was kept (writers only), or null
 */
public record LedgerProblem(Kind kind, Path file, String message, Path backup) {
    public enum Kind {
        /** Not JSON, or not the ledger's shape (a merge conflict, a truncated copy). */
        CORRUPT,
        /** Well formed, but its figures do not add up or its checksum does not match: edited by hand. */
        MODIFIED,
        /** Written by a newer Vouch: left alone, never overwritten. */
        NEWER_VERSION,
        /** Could not be read, locked or written. */
        IO,
        /** Gone (deleted or moved away) since this process last wrote it: written again. */
        MISSING
    }

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
