package dev.vouch.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Vouch in a JVM of its own, with the heap it documents ({@code -Xmx512m} and the serial collector, as
 * {@code bin/vouch} runs it): what a test learns about memory in the test JVM (1 GB, shared) says nothing
 * about the limit writers run under. Runs from the test class path, so the jar need not be built yet.
 */
final class ChildJvm {
    /** What {@code bin/vouch} passes to every command. */
    static final List<String> BOUNDED_HEAP = List.of("-Xmx512m", "-XX:+UseSerialGC");

    private ChildJvm() {}

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command line: java, {@code jvmOptions}, the test class path, {@code mainClass}, {@code args}. */
    static List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        cmd.add("-Dvouch.personalDictionary=");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** A process builder for the command, with caches in {@code scratch} and stderr to a file there. */
    static ProcessBuilder builder(List<String> command, Path scratch, String name) throws IOException {
        Files.createDirectories(scratch);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
        pb.environment().put("XDG_CONFIG_HOME", scratch.resolve("config").toString());
        pb.redirectError(scratch.resolve(name + ".stderr").toFile());
        return pb;
    }

    /** {@code network}: the network accesses {@link NoNetwork} refused (empty when there were none). */
    record Result(int exit, String out, String err, double seconds, String network) {}

    /** {@link NoNetwork} running {@code mainClass}: the command line, whose refusals go to {@code log}. */
    static List<String> offline(List<String> jvmOptions, Path log, String mainClass, List<String> args) {
        List<String> o = new ArrayList<>(jvmOptions);
        o.add(NoNetwork.ALLOW_MANAGER);
        List<String> a = new ArrayList<>();
        a.add(log.toString());
        a.add(mainClass);
        a.addAll(args);
        return command(o, NoNetwork.class.getName(), a);
    }

    /**
     * Runs {@code vouch ARGS} (the CLI) to the end, with every network access refused and logged
     * ({@link NoNetwork}); fails the test if it outlives {@code timeoutSeconds}.
     */
    static Result vouch(List<String> jvmOptions, List<String> args, Path scratch, String name, long timeoutSeconds)
            throws Exception {
        Path log = scratch.resolve(name + ".network");
        ProcessBuilder pb = builder(offline(jvmOptions, log, "dev.vouch.cli.Main", args), scratch, name);
        Path out = scratch.resolve(name + ".stdout");
        pb.redirectOutput(out.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new AssertionError("vouch " + String.join(" ", args) + " still running after " + timeoutSeconds
                        + " s; stderr: " + tail(scratch.resolve(name + ".stderr")));
            }
        } finally {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(scratch.resolve(name + ".stderr"), StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1e9,
                Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no network log: NoNetwork never ran)");
    }

    static String tail(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() > 4000 ? "…" + s.substring(s.length() - 4000) : s;
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    /** Problems a JVM must never print, whatever the input. */
    static void assertNoCrash(String stderr) {
        for (String fatal : new String[] {"OutOfMemoryError", "StackOverflowError", "internal error",
                "Exception in thread", "\tat "}) {
            if (stderr.contains(fatal)) {
                throw new AssertionError("stderr mentions " + fatal.strip() + ":\n" + (stderr.length() > 6000
                        ? stderr.substring(0, 6000) + "…" : stderr));
            }
        }
    }
}
