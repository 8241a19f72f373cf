package org.samparksetu.console.kendra;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a complaint has waited for the operator, and whether that is late: the Kendra enters complaints the same
 * working day, so past 8 hours a card is marked to be done next, past 24 hours as overdue.
 */
public final class WaitingRule {
    public static final Duration SOON = Duration.ofHours(8);
    public static final Duration OVERDUE = Duration.ofHours(24);

    private WaitingRule() {
    }

    public enum Level { FRESH, SOON, OVERDUE }

    public static Level level(Instant waitingSince, Instant now) {
        if (waitingSince == null) {
            return Level.FRESH;
        }
        Duration waited = Duration.between(waitingSince, now);
        if (waited.compareTo(OVERDUE) >= 0) {
            return Level.OVERDUE;
        }
        return waited.compareTo(SOON) >= 0 ? Level.SOON : Level.FRESH;
    }

    /** Whole hours waited (0 for less than one, or for a time in the future from a skewed clock). */
    public static long hours(Instant waitingSince, Instant now) {
        return waitingSince == null ? 0 : Math.max(0, Duration.between(waitingSince, now).toHours());
    }
}
