package org.samparksetu.console.cell;

import java.time.Duration;
import java.time.Instant;

/**
 * How long something has waited for a person, in the words the inbox shows ("3 घंटे पहले"): whole minutes under an
 * hour, whole hours under two days, then whole days; and how urgent the wait has become. A complaint that has waited
 * a working day is late: the cell's target is to act on every item the day it arrives; after four hours it is due.
 */
public final class AgeRule {
    /** Past this, the item is marked due (amber). */
    static final Duration DUE = Duration.ofHours(4);
    /** Past this, the item is marked late (red). */
    static final Duration LATE = Duration.ofHours(24);

    public enum Unit { NOW, MINUTES, HOURS, DAYS, UNKNOWN }

    public enum Urgency { FRESH, DUE, LATE }

    /**
     * @param unit   which wording; UNKNOWN when the service gave no time
     * @param amount how many of the unit (0 for NOW and UNKNOWN)
     */
    public record Age(Unit unit, long amount, Urgency urgency) {
        /** The wording's unit for the page: now, minutes, hours, days or unknown. */
        public String unitName() {
            return unit.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The same wording without urgency: for a record's age (a block, a flag), which is no work waiting. */
        public Age asRecord() {
            return new Age(unit, amount, Urgency.FRESH);
        }

        /** The page's class for the wait: "late", "due" or "fresh". */
        public String urgencyName() {
            return urgency.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private AgeRule() {
    }

    public static Age of(Instant since, Instant now) {
        if (since == null) {
            return new Age(Unit.UNKNOWN, 0, Urgency.FRESH);
        }
        // a service's clock a little ahead of the console's: it has just arrived, not arrived in the future
        Duration waited = Duration.between(since, now).isNegative() ? Duration.ZERO : Duration.between(since, now);
        Urgency urgency = waited.compareTo(LATE) >= 0 ? Urgency.LATE
                : waited.compareTo(DUE) >= 0 ? Urgency.DUE : Urgency.FRESH;
        if (waited.toMinutes() < 1) {
            return new Age(Unit.NOW, 0, urgency);
        }
        if (waited.toHours() < 1) {
            return new Age(Unit.MINUTES, waited.toMinutes(), urgency);
        }
        if (waited.toHours() < 48) {
            return new Age(Unit.HOURS, waited.toHours(), urgency);
        }
        return new Age(Unit.DAYS, waited.toDays(), urgency);
    }
}
