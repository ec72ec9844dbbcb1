package dev.vouch.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A second editor process for the ledger tests: {@code write ROOT DRAFT WRITER EDITS OFFSET} records EDITS
 * edits ten seconds apart, starting OFFSET minutes after 10:00 (so 10 s of editing each after the first) and flushes after every edit, racing any
 * other writer; {@code crash ROOT DRAFT} starts a write and halts the JVM half-way through it, after the
 * temporary file is partly written and before the rename.
 */
public final class LedgerWriterProcess {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[1]);
        Path draft = root.resolve(args[2]);
        switch (args[0]) {
            case "write" -> {
                String writer = args[3];
                int edits = Integer.parseInt(args[4]);
                Instant t0 = Instant.parse("2026-03-20T10:00:00Z").plusSeconds(60L * Integer.parseInt(args[5]));
                EditingLedger ledger = new EditingLedger(new LedgerStore(root, Clock.systemUTC()),
                        Duration.ofMinutes(2), Duration.ZERO, writer, Clock.systemUTC());
                for (int i = 0; i < edits; i++) {
                    ledger.edited(draft, t0.plusSeconds(10L * i), "Draft text by " + writer + ", edit " + i + ".");
                    EditingLedger.FlushResult r = ledger.flush();
                    if (r.problem() != null) {
                        System.err.println(r.problem());
                        System.exit(1);
                    }
                }
            }
            case "crash" -> {
                LedgerStore store = new LedgerStore(root, Clock.systemUTC(), Duration.ofSeconds(10), (target, bytes) -> {
                    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
                    Files.write(tmp, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                    System.out.println("halting mid-write");
                    System.out.flush();
                    Runtime.getRuntime().halt(3);
                });
                EditingLedger ledger = new EditingLedger(store, Duration.ofMinutes(2), Duration.ZERO, "crasher",
                        Clock.systemUTC());
                Instant t0 = Instant.parse("2026-03-21T09:00:00Z");
                ledger.edited(draft, t0, "crash " + new String(new byte[0], StandardCharsets.UTF_8));
                ledger.edited(draft, t0.plusSeconds(60), "crash, edited");
                ledger.flush();
                System.exit(4); // not reached
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
