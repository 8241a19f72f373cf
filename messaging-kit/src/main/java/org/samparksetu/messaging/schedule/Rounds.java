package org.samparksetu.messaging.schedule;

import java.time.Duration;

/**
 * Which round of a job a moment falls in: the rounds of a job with interval {@code i} are the spans
 * {@code [k * i, (k + 1) * i)} of epoch milliseconds, so round {@code k = floor(millis / i)}. Every instance that
 * reads the same clock (the database's) puts the same moment in the same round whatever its own clock says, and
 * a later moment never falls in an earlier round. Plain arithmetic, no clock of its own: the time is a parameter.
 */
public final class Rounds {
    private Rounds() {
    }

    /** The round {@code epochMillis} falls in, for a job run every {@code interval}; floored, so before 1970 too. */
    public static long of(long epochMillis, Duration interval) {
        return Math.floorDiv(epochMillis, millis(interval));
    }

    /** Where round {@code round} starts, in epoch milliseconds: what claims made with different intervals compare. */
    public static long start(long round, Duration interval) {
        return Math.multiplyExact(round, millis(interval));
    }

    /** The interval in whole milliseconds; a round shorter than one would make every call its own round. */
    public static long millis(Duration interval) {
        if (interval == null || interval.toMillis() < 1) {
            throw new IllegalArgumentException("a round lasts at least 1 ms, not " + interval);
        }
        return interval.toMillis();
    }
}
