package org.samparksetu.intake.window;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The window tests' clock ({@link WindowProfile} puts it in place of the kit's): real time plus however far the tests
 * have moved it, so a test lets a citizen be quiet for the whole quiet period at once instead of waiting it out.
 * It only moves forward, so what earlier tests filed stays in the past.
 */
@Alternative
@Singleton
public class MovableClock extends Clock {
    private final AtomicLong aheadNanos = new AtomicLong();

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plusNanos(aheadNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), Duration.ofNanos(aheadNanos.get()));
    }

    /** Moves the clock forward until it shows {@code t} or later. */
    public void reach(Instant t) {
        long missing = Duration.between(instant(), t).toNanos();
        if (missing >= 0) {
            aheadNanos.addAndGet(missing + Duration.ofMillis(1).toNanos());
        }
    }
}
