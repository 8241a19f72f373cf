package org.samparksetu.messaging.ratelimit;

import java.time.Duration;

/**
 * The arithmetic of a rate limit that several instances share through one database row: a token bucket kept as one
 * number, the time at which the bucket will be full again ("theoretical arrival time", the generic cell rate
 * algorithm). A take is allowed when that time is no further ahead than the burst allows, and moves it one interval
 * on. One number per limit means one row and one statement per take ({@link SharedRateLimiter} runs exactly this in
 * SQL); all times are microseconds on the database's clock, so instances whose clocks differ still agree.
 *
 * <p>With no burst ({@link Limit#perSecond}), consecutive takes are at least one interval apart, and the interval is
 * rounded up, so no window of one second ever holds more than the rate: 80/s is one take every 12,500 µs, 30/s one
 * every 33,334 µs (33,333 would let 31 into some second).
 */
public final class RateLimitRule {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private RateLimitRule() {
    }

    /**
     * A limit: one take per {@code intervalMicros}, and up to {@code toleranceMicros / intervalMicros} more at once
     * (the burst beyond the first).
     */
    public record Limit(long intervalMicros, long toleranceMicros) {
        public Limit {
            if (intervalMicros < 1 || toleranceMicros < 0) {
                throw new IllegalArgumentException("a limit needs an interval of at least 1 µs and no negative burst");
            }
        }

        /** At most {@code rate} takes in any one second, evenly spaced (no burst). */
        public static Limit perSecond(int rate) {
            if (rate < 1 || rate > MICROS_PER_SECOND) {
                throw new IllegalArgumentException("a rate per second must be 1.." + MICROS_PER_SECOND + ": " + rate);
            }
            return new Limit(ceilDiv(MICROS_PER_SECOND, rate), 0);
        }

        /**
         * {@code rate} a second, a whole second's worth at once after a quiet spell (as a fixed one-second window
         * allows): a caller that retries at once is not held up, and over any long run it is still {@code rate} a
         * second. Any one second holds at most twice the rate (a full bucket, then its refill).
         */
        public static Limit perSecondWithBurst(int rate) {
            Limit steady = perSecond(rate);
            return new Limit(steady.intervalMicros(), Math.multiplyExact(steady.intervalMicros(), rate - 1L));
        }

        /** One take per {@code interval}, with up to {@code burst} at once (borrowed from the intervals ahead). */
        public static Limit oneEvery(Duration interval, int burst) {
            long micros = interval.toNanos() / 1_000;
            if (micros < 1 || burst < 1) {
                throw new IllegalArgumentException("an interval of at least 1 µs and a burst of at least 1");
            }
            return new Limit(micros, Math.multiplyExact(micros, burst - 1L));
        }
    }

    /**
     * What one take decided. {@code tat}: the bucket's time after it (what the row holds). {@code waitMicros}: for a
     * take that was allowed, how long until its turn (0, except for a {@linkplain #reserve reservation} behind
     * others); for one that was refused, how long until a take would be allowed.
     */
    public record Decision(boolean granted, long tat, long waitMicros) {
    }

    /**
     * Take one now if the limit allows it, else nothing. {@code tat} null: the bucket has no row yet (full). This is
     * the statement {@link SharedRateLimiter} runs: {@code start = greatest(tat, now)}, allowed when
     * {@code start - now <= tolerance}, and then {@code tat = start + interval}.
     */
    public static Decision tryTake(Long tat, long now, Limit limit) {
        long start = tat == null ? now : Math.max(tat, now);
        if (start - now <= limit.toleranceMicros()) {
            return new Decision(true, start + limit.intervalMicros(), 0);
        }
        return new Decision(false, start, start - now - limit.toleranceMicros());
    }

    /**
     * Take the next free turn, however far ahead, and say how long to wait for it: one statement per take even when
     * several callers queue (the turns are handed out in the order the row was locked).
     */
    public static Decision reserve(Long tat, long now, Limit limit) {
        long start = tat == null ? now : Math.max(tat, now);
        return new Decision(true, start + limit.intervalMicros(), Math.max(0, start - now - limit.toleranceMicros()));
    }

    /**
     * What a row that the statement left at {@code tatAfter} at {@code now} means: the same answer as
     * {@link #tryTake} / {@link #reserve} gave, read back from the row (the SQL returns only the new row).
     */
    public static Decision readBack(boolean granted, long tatAfter, long now, Limit limit) {
        if (!granted) {
            return new Decision(false, tatAfter, Math.max(0, tatAfter - now - limit.toleranceMicros()));
        }
        long start = tatAfter - limit.intervalMicros();
        return new Decision(true, tatAfter, Math.max(0, start - now - limit.toleranceMicros()));
    }

    /**
     * The bucket after the far side asked us to back off for {@code pauseMicros}: empty at the end of the pause, so
     * that sending resumes at the steady rate and not with a burst. A longer pause already in force stays.
     */
    public static long pause(Long tat, long now, long pauseMicros, Limit limit) {
        long until = now + Math.max(0, pauseMicros) + limit.toleranceMicros();
        return tat == null ? until : Math.max(tat, until);
    }

    /** A row whose time has passed is a full bucket, exactly as no row at all: it can be deleted. */
    public static boolean forgettable(long tat, long now) {
        return tat <= now;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
