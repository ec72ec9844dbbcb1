package dev.vouch.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What counts as a draft in a folder, for every front end that searches one (the CLI's folder
 * arguments, the language server's "check the workspace"): {@code *.md} and {@code *.markdown} files,
 * with hidden folders, {@code node_modules} and {@code target} skipped.
 */
public final class DraftFiles {
    private DraftFiles() {}

    public static boolean isMarkdown(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /** Whether a folder below the search root is skipped: hidden, {@code node_modules}, {@code target}. */
    public static boolean isSkippedFolder(Path dir) {
        Path name = dir.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return n.startsWith(".") || n.equals("node_modules") || n.equals("target");
    }

    /** Regular files under {@code root} that {@code accept} takes, sorted; unreadable entries are passed over. */
    public static List<Path> walk(Path root, Predicate<Path> accept) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isSkippedFolder(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && accept.test(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    /** The drafts under {@code root}, sorted. */
    public static List<Path> drafts(Path root) {
        return walk(root, DraftFiles::isMarkdown);
    }
}
