package org.samparksetu.notification.delivery;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code capacity} tokens, refilled continuously at {@code perSecond}. Thread-safe. The clock
 * is injectable so the arithmetic is tested without waiting.
 */
public final class TokenBucket {
    private static final double EPSILON = 1e-9;
    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;
    /** Nothing may be taken before this instant (a 130429 / 131056 asked us to back off). */
    private long pausedUntil;

    public TokenBucket(double capacity, double perSecond, LongSupplier nanoClock) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("capacity must be >= 1 and rate > 0");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.last = nanoClock.getAsLong();
        this.pausedUntil = last;
    }

    public TokenBucket(double capacity, double perSecond) {
        this(capacity, perSecond, System::nanoTime);
    }

    /** Takes a token if one is there: returns 0. Otherwise takes nothing and returns the nanoseconds to wait. */
    public synchronized long tryTake() {
        long now = refill();
        if (now - pausedUntil < 0) {
            return pausedUntil - now;
        }
        if (tokens >= 1 - EPSILON) { // refills in fractions: 5/6 + 1/6 must make a whole token
            tokens = Math.max(0, tokens - 1);
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Empties the bucket and lets nothing through for {@code nanos}. */
    public synchronized void pause(long nanos) {
        long now = refill();
        tokens = 0;
        if (now + nanos - pausedUntil > 0) {
            pausedUntil = now + nanos;
        }
    }

    /** Full and not paused: the bucket can be forgotten without changing anything. */
    public synchronized boolean idle() {
        long now = refill();
        return tokens >= capacity && now - pausedUntil >= 0;
    }

    private long refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        return now;
    }
}
