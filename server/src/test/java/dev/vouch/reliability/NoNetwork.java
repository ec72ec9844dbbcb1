package dev.vouch.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Permission;

/**
 * Runs a main class in a JVM where every network access is refused and written down: a child JVM's
 * entry point, {@code NoNetwork LOG MAIN ARGS…}.
 *
 * <p>Why a security manager: on Java 17 it is the one mechanism that sees every network access a Java
 * program can make, whatever the API, before any system call: {@code java.net.Socket} (and so
 * {@code HttpURLConnection}, which LanguageTool's remote rules would use), NIO {@code SocketChannel},
 * {@code DatagramSocket}, {@code java.net.http.HttpClient} (which also asks for a {@code URLPermission}),
 * server sockets, and host name lookups (DNS), which all ask for a {@link SocketPermission} first. JFR's
 * socket events on 17 record only reads and writes of connections that succeeded (and above a threshold),
 * not an attempt refused by an offline machine; a socket factory covers {@code java.net.Socket} alone;
 * an OS-level tracer would need a package CI does not have. The manager allows everything else, so the
 * program runs as it does without it. It is deprecated for removal (JEP 411) but works on 17 to 23 with
 * {@code -Djava.security.manager=allow}; on a JDK without it the detector fails loudly rather than passing.
 * {@link NoNetworkTest} shows, as a negative control, that it catches deliberate attempts by each API.
 */
public final class NoNetwork {
    /** The JVM options a child needs for {@link #main}. */
    public static final String ALLOW_MANAGER = "-Djava.security.manager=allow";

    private NoNetwork() {}

    public static void main(String[] args) throws Throwable {
        Path log = Path.of(args[0]);
        Files.writeString(log, "", StandardCharsets.UTF_8);
        System.setSecurityManager(new Refusing(log));
        String[] rest = java.util.Arrays.copyOfRange(args, 2, args.length);
        try {
            Class.forName(args[1]).getMethod("main", String[].class).invoke(null, (Object) rest);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Refuses socket and URL permissions (each attempt appended to the log, with its stack); allows the rest. */
    static final class Refusing extends SecurityManager {
        private final Path log;

        Refusing(Path log) {
            this.log = log;
        }

        @Override
        public void checkPermission(Permission p) {
            if (p instanceof SocketPermission || p instanceof URLPermission) {
                refuse(p);
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }

        private void refuse(Permission p) {
            StringWriter trace = new StringWriter();
            new Throwable().printStackTrace(new PrintWriter(trace));
            String entry = "NETWORK " + p.getClass().getSimpleName() + " " + p.getName() + " " + p.getActions() + "\n"
                    + trace.toString().lines().skip(3).limit(25).map(l -> "    " + l.strip() + "\n")
                    .reduce("", String::concat);
            try {
                synchronized (this) {
                    Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new SecurityException("network access refused in this test: " + p);
        }
    }
}
