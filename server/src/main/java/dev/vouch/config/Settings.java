package dev.vouch.config;

import java.io.File;
import java.nio.file.Path;
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
                Glob m;
                try {
                    m = Glob.of(glob);
                } catch (IllegalArgumentException e) {
                    continue; // reported as a configuration problem where the file was read
                }
                if (matches(m, rel) || matchesParent(m, rel)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(Glob m, Path rel) {
        return m.matches(rel.toString().replace(File.separatorChar, '/'));
    }

    private static boolean matchesParent(Glob m, Path rel) {
        for (Path p = rel.getParent(); p != null; p = p.getParent()) {
            if (matches(m, p)) {
                return true;
            }
        }
        return false;
    }
}
