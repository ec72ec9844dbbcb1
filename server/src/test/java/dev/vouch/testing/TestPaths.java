package dev.vouch.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project, its resources and the shared corpus. */
public final class TestPaths {
    private TestPaths() {}

    /** The repository root (Maven runs tests in {@code server/}). */
    public static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("server").resolve("pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the project root from " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    public static Path testResources() {
        return projectRoot().resolve("server/src/test/resources");
    }

    /** {@code ../shared/corpus} beside the project root, or null when this machine does not have it. */
    public static Path corpus() {
        Path c = projectRoot().getParent().resolve("shared/corpus");
        return Files.isDirectory(c) ? c : null;
    }
}
