package dev.vouch.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration that applies to a folder: presets and the nearest {@code .vouch.json} as layers in
 * order, the project root they define, and the problems found reading them.
 *
 * @param root   the folder of the configuration file, or null when there is none
 * @param file   the configuration file, or null
 */
public record Settings(List<Layer> layers, Path root, Path file, List<ConfigProblem> problems) {
    public Settings {
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    /** These settings with one more layer on top (editor settings, say). */
    public Settings with(Layer extra, List<ConfigProblem> extraProblems) {
        List<Layer> l = new ArrayList<>(layers);
        l.add(extra);
        List<ConfigProblem> p = new ArrayList<>(problems);
        p.addAll(extraProblems);
        return new Settings(l, root, file, p);
    }

    /** Whether a layer's {@code ignore} globs (relative to that layer's folder) match {@code path}. */
    public boolean isIgnored(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        for (Layer layer : layers) {
            if (layer.baseDir() == null || layer.ignore().isEmpty()) {
                continue;
            }
            Path base = layer.baseDir().toAbsolutePath().normalize();
            if (!abs.startsWith(base)) {
                continue;
            }
            Path rel = base.relativize(abs);
            for (String glob : layer.ignore()) {
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
                if (m.matches(rel) || matchesParent(m, rel)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesParent(PathMatcher m, Path rel) {
        for (Path p = rel.getParent(); p != null; p = p.getParent()) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }
}
