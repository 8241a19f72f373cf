package org.samparksetu.console.field;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How urgent a visit is, counted in the district's calendar days (a verifier plans by the day, not the hour): past its
 * date it is overdue, on its date it is due today, else so many days are left. No date: nothing to say.
 */
public final class VisitDueRule {
    /** Jalore's days begin at midnight in India, whatever zone the console's machine runs in. */
    public static final ZoneId DISTRICT = ZoneId.of("Asia/Kolkata");

    public enum Urgency { NONE, OVERDUE, TODAY, SOON, LATER }

    /** Within this many days a visit is shown as soon (amber), beyond it as later (calm). */
    static final int SOON_DAYS = 2;

    public record Due(Urgency urgency, long daysLeft) {
    }

    private VisitDueRule() {
    }

    public static Due of(Instant dueAt, Instant now) {
        if (dueAt == null) {
            return new Due(Urgency.NONE, 0);
        }
        if (dueAt.isBefore(now)) {
            return new Due(Urgency.OVERDUE, 0);
        }
        LocalDate today = LocalDate.ofInstant(now, DISTRICT);
        long days = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(dueAt, DISTRICT));
        if (days == 0) {
            return new Due(Urgency.TODAY, 0);
        }
        return new Due(days <= SOON_DAYS ? Urgency.SOON : Urgency.LATER, days);
    }
}
