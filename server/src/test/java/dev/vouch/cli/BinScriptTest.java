package dev.vouch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vouch.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/vouch} run through symlinks finds the jar beside its real path, with or without readlink -f. */
class BinScriptTest {
    @TempDir
    Path dir;

    private static final Path SCRIPT = TestPaths.projectRoot().resolve("bin/vouch");

    /** The links go before JUnit cleans up, which otherwise warns about links that leave the folder. */
    @org.junit.jupiter.api.AfterEach
    void removeLinks() throws Exception {
        Files.deleteIfExists(dir.resolve("vouch"));
        Files.deleteIfExists(dir.resolve("bin/vouch"));
    }

    /** Runs the script through {@code link} with JAVA=echo, so it prints the jar it would run. */
    private String run(Path link, String path) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", link.toString(), "--version").redirectErrorStream(true);
        pb.environment().put("JAVA", "echo");
        if (path != null) {
            pb.environment().put("PATH", path);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }

    private Path chainOfLinks() throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(dir.resolve("bin/vouch"), SCRIPT);
        return Files.createSymbolicLink(dir.resolve("vouch"), Path.of("bin/vouch")); // relative, to a link
    }

    @Test
    void throughSymlinksTheJarIsTheCheckoutsOwn() throws Exception {
        String out = run(chainOfLinks(), null);
        String jar = TestPaths.projectRoot().toRealPath().resolve("server/target/vouch.jar").toString();
        assertTrue(out.contains(jar), out);
    }

    @Test
    void withoutReadlinkDashFTheLinksAreFollowedOneByOne() throws Exception {
        Path link = chainOfLinks();
        // A readlink that knows no -f, as on older macOS; the other tools stay where they are.
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Path readlink = tools.resolve("readlink");
        Files.writeString(readlink, "#!/bin/sh\nif [ \"$1\" = -f ]; then echo 'readlink: illegal option -- f' >&2; exit 1; fi\n"
                + "exec /usr/bin/readlink \"$@\"\n");
        readlink.toFile().setExecutable(true);
        String out = run(link, tools + ":/usr/bin:/bin");
        String jar = TestPaths.projectRoot().toRealPath().resolve("server/target/vouch.jar").toString();
        assertTrue(out.contains(jar), out);
    }
}
