package dev.vouch.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
final class FakeClock extends Clock {
    private Instant now;

    FakeClock(Instant start) {
        this.now = start;
    }

    static FakeClock at(String iso) {
        return new FakeClock(Instant.parse(iso));
    }

    Instant advance(Duration d) {
        now = now.plus(d);
        return now;
    }

    Instant advanceSeconds(long s) {
        return advance(Duration.ofSeconds(s));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
