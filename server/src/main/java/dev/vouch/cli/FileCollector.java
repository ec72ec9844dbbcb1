package dev.vouch.cli;

import dev.vouch.engine.DraftFiles;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns command-line arguments into drafts to check: files as given, folders searched recursively for
 * {@code *.md} and {@code *.markdown} (skipping hidden folders, {@code node_modules} and {@code target}),
 * and globs ({@code 'posts/**&#47;*.md'}) expanded from their fixed prefix. The order is stable: arguments
 * in order, folder contents sorted.
 */
final class FileCollector {
    /** A draft to check: its path and whether the writer named it explicitly. */
    record Target(Path path, String display, boolean explicit) {}

    /** An argument that matched nothing. */
    record Missing(String argument) {}

    private final List<Target> targets = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();
    private final Set<Path> seen = new LinkedHashSet<>();
    private final Predicate<Path> ignored;

    FileCollector(Predicate<Path> ignored) {
        this.ignored = ignored;
    }

    List<Target> targets() {
        return targets;
    }

    List<Missing> missing() {
        return missing;
    }

    void add(String arg) {
        Path p = Path.of(arg);
        if (Files.isRegularFile(p)) {
            addFile(p, true);
        } else if (Files.isDirectory(p)) {
            walk(p, path -> isMarkdown(path));
        } else if (isGlob(arg)) {
            int before = targets.size();
            glob(arg);
            if (targets.size() == before) {
                missing.add(new Missing(arg));
            }
        } else {
            missing.add(new Missing(arg));
        }
    }

    static boolean isMarkdown(Path p) {
        return DraftFiles.isMarkdown(p);
    }

    private static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private void glob(String arg) {
        String norm = arg.replace('\\', '/');
        int firstGlob = firstGlobChar(norm);
        int slash = norm.lastIndexOf('/', firstGlob);
        Path base = slash < 0 ? Path.of("") : Path.of(norm.substring(0, Math.max(1, slash)));
        String pattern = slash < 0 ? norm : norm.substring(slash + 1);
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
        if (pattern.startsWith("**/")) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
        }
        Path root = base.toString().isEmpty() ? Path.of(".") : base;
        if (!Files.isDirectory(root)) {
            return;
        }
        walk(root, path -> {
            Path rel = root.relativize(path);
            return matchers.stream().anyMatch(m -> m.matches(rel));
        });
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return s.length();
    }

    private void walk(Path root, Predicate<Path> accept) {
        for (Path f : DraftFiles.walk(root, accept)) {
            if (!ignored.test(f)) {
                addFile(f, false);
            }
        }
    }

    private void addFile(Path p, boolean explicit) {
        Path key = p.toAbsolutePath().normalize();
        if (seen.add(key)) {
            targets.add(new Target(p, display(p), explicit));
        }
    }

    static String display(Path p) {
        Path n = p.normalize();
        String s = n.toString().replace('\\', '/');
        return s.startsWith("./") ? s.substring(2) : s;
    }
}
