package org.samparksetu.verification.time;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces the system clock in every test: real time plus whatever the tests have added, so deadlines can
 * be checked to the minute by moving it. Only ever moves forward.
 */
@Singleton
public class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    public synchronized Instant advance(Duration by) {
        offset = offset.plus(by);
        return instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
