package org.samparksetu.messaging.consumer;

import org.samparksetu.messaging.codec.MalformedEventException;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * How long one record is tried. A record that cannot be decoded is poison at once. A transient fault
 * ({@link TransientFaultRule}: the database or broker away) is waited out for as long as it lasts, with a back-off
 * doubling from {@code transientFirst} to {@code transientMax}, and never dead-letters the record: the consumer's
 * partition simply waits. Any other failure is tried {@code retries} more times after {@code retryDelay} (with
 * jitter) and then given up, which sends the record to the dead-letter topic. Plain Java: waiting and what is
 * counted are given.
 */
public final class Attempts {

    /** Waits; a test passes one that only records. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the attempts report as they go (counted and logged by the caller). */
    public interface Report {
        /** A transient fault; the same record is tried again after {@code wait}. {@code waits} counts from 1. */
        void transientWait(Throwable fault, Duration wait, int waits);

        /** The record is given up: it goes aside with this reason ({@code malformed} or the failure's class). */
        void givenUp(String reason, RuntimeException failure);
    }

    private final int retries;
    private final Duration retryDelay;
    private final Duration transientFirst;
    private final Duration transientMax;
    private final Sleeper sleeper;

    public Attempts(int retries, Duration retryDelay, Duration transientFirst, Duration transientMax, Sleeper sleeper) {
        this.retries = retries;
        this.retryDelay = Objects.requireNonNull(retryDelay);
        this.transientFirst = Objects.requireNonNull(transientFirst);
        this.transientMax = Objects.requireNonNull(transientMax);
        this.sleeper = Objects.requireNonNull(sleeper);
    }

    /** Runs {@code attempt} until it succeeds or the record is given up (then its last failure is thrown). */
    public <T> T run(Supplier<T> attempt, Report report) {
        int failures = 0;
        int waits = 0;
        Duration wait = transientFirst;
        while (true) {
            try {
                return attempt.get();
            } catch (MalformedEventException e) {
                report.givenUp("malformed", e);
                throw e;
            } catch (RuntimeException e) {
                if (TransientFaultRule.isTransient(e)) {
                    report.transientWait(e, wait, ++waits);
                    pause(wait, e);
                    wait = wait.multipliedBy(2).compareTo(transientMax) > 0 ? transientMax : wait.multipliedBy(2);
                    continue;
                }
                if (++failures > retries) {
                    report.givenUp(e.getClass().getSimpleName(), e);
                    throw e;
                }
                long jitter = retryDelay.toMillis() / 2;
                pause(retryDelay.plusMillis(jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1)), e);
            }
        }
    }

    private void pause(Duration d, RuntimeException failure) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            // shutting down: give the record back to the channel with the failure that was being waited out
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
