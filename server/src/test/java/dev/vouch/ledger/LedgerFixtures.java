package dev.vouch.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes the committed test ledgers (samples/policy/.vouch/ledger.json and the CLI test project's) the
 * way an editor would: {@code ROOT FILE=MINUTES[xSESSIONS] …} records MINUTES of editing split over
 * SESSIONS sessions a day apart, one edit a minute, the last edit leaving the file's current text.
 * Regenerate with {@code java -cp <test classpath> dev.vouch.ledger.LedgerFixtures ROOT a.md=2 b.md=8x2}.
 */
public final class LedgerFixtures {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        FakeClock clock = FakeClock.at("2026-03-20T09:00:00Z");
        EditingLedger ledger = new EditingLedger(new LedgerStore(root, clock), Duration.ofMinutes(2), Duration.ZERO,
                "fixture", clock);
        Instant day = clock.instant();
        for (int a = 1; a < args.length; a++) {
            String[] spec = args[a].split("=");
            Path draft = root.resolve(spec[0]);
            String[] ms = spec[1].split("x");
            int minutes = Integer.parseInt(ms[0]);
            int sessions = ms.length > 1 ? Integer.parseInt(ms[1]) : 1;
            String text = Files.readString(draft, StandardCharsets.UTF_8);
            int edit = 0;
            for (int s = 0; s < sessions; s++) {
                Instant t = day.plus(Duration.ofDays(s)).plus(Duration.ofMinutes(10L * a));
                int per = minutes / sessions + (s < minutes % sessions ? 1 : 0);
                for (int m = 0; m <= per; m++) {
                    boolean last = s == sessions - 1 && m == per;
                    ledger.edited(draft, t.plus(Duration.ofMinutes(m)), last ? text : text + "\n<!-- draft " + edit++ + " -->");
                }
                ledger.closed(draft, t.plus(Duration.ofMinutes(per + 1)));
            }
        }
        EditingLedger.FlushResult r = ledger.flush();
        System.out.println(r);
    }
}
