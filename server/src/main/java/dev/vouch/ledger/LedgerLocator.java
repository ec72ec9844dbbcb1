package dev.vouch.ledger;

import dev.vouch.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which workspace root a draft's ledger belongs to, so that the editor (which writes) and {@code vouch
 * check} / {@code vouch ledger} in CI (which read) agree: walking up from the draft's folder, the first
 * folder that holds {@code .vouch/ledger.json} or {@code .vouch.json}. Keys are the draft's path
 * relative to that root, with {@code /} separators.
 */
public final class LedgerLocator {
    private LedgerLocator() {}

    /** The root for a draft, found by walking up; null when no folder above it has a ledger or a config. */
    public static Path rootOf(Path draft) {
        Path abs = draft.toAbsolutePath().normalize();
        return rootFrom(abs.getParent());
    }

    /** The same walk, starting at a folder (for {@code vouch ledger} without paths). */
    public static Path rootFrom(Path dir) {
        for (Path d = dir == null ? null : dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(LedgerFile.PATH)) || Files.isRegularFile(d.resolve(ConfigLoader.FILE_NAME))) {
                return d;
            }
        }
        return null;
    }

    /**
     * The root an editor writes a draft's ledger under: {@link #rootOf} when found, else the editor's
     * workspace folder when the draft is inside it, else the draft's folder.
     */
    public static Path rootForWriting(Path draft, Path workspaceFolder) {
        Path found = rootOf(draft);
        if (found != null) {
            return found;
        }
        Path abs = draft.toAbsolutePath().normalize();
        if (workspaceFolder != null && abs.startsWith(workspaceFolder.toAbsolutePath().normalize())) {
            return workspaceFolder.toAbsolutePath().normalize();
        }
        return abs.getParent();
    }

    /** The draft's key in the ledger under {@code root}, or null when the draft is not inside it. */
    public static String key(Path root, Path draft) {
        Path r = root.toAbsolutePath().normalize();
        Path d = draft.toAbsolutePath().normalize();
        if (!d.startsWith(r) || d.equals(r)) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Path part : r.relativize(d)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }
}
