package org.samparksetu.console.collector;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * What the collector's pendency counts. A complaint is pending until verification closes it or the citizen withdraws
 * it; its age is whole days since it was registered, in the district's calendar, put in the buckets a district review
 * meeting uses (up to a week, up to a fortnight, up to a month, older). An SLA breach is what verification itself calls
 * overdue: the department must act (registered or reopened) and the deadline has passed. Only an open complaint at L3
 * may be sent to L4, and only by the collector (verification's EscalationRule says the same and refuses otherwise).
 */
public final class PendencyRule {
    public static final ZoneId DISTRICT = ZoneId.of("Asia/Kolkata");
    private static final Set<String> FINISHED = Set.of("CLOSED", "WITHDRAWN");
    private static final Set<String> AWAITS_DEPARTMENT = Set.of("REGISTERED", "REOPENED");

    /** Age buckets in order; {@code label} is the bundle key's suffix. */
    public enum Bucket {
        WEEK(0, 7), FORTNIGHT(8, 15), MONTH(16, 30), OLDER(31, Long.MAX_VALUE);

        public final long fromDays;
        public final long toDays;

        Bucket(long fromDays, long toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }
    }

    private PendencyRule() {
    }

    public static boolean pending(String state) {
        return state != null && !FINISHED.contains(state);
    }

    /** Whole calendar days from registration to today (0 on the day it came in; never negative). */
    public static long ageDays(Instant registeredAt, Instant now) {
        if (registeredAt == null) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(registeredAt, DISTRICT), LocalDate.ofInstant(now, DISTRICT));
        return Math.max(0, days);
    }

    public static Bucket bucket(long ageDays) {
        for (Bucket b : Bucket.values()) {
            if (ageDays <= b.toDays) {
                return b;
            }
        }
        return Bucket.OLDER;
    }

    public static boolean breached(String state, Instant dueAt, Instant now) {
        return state != null && AWAITS_DEPARTMENT.contains(state) && dueAt != null && dueAt.isBefore(now);
    }

    /** Days past the deadline, one decimal (as verification's own overdue list). */
    public static double daysOverdue(Instant dueAt, Instant now) {
        if (dueAt == null || !dueAt.isBefore(now)) {
            return 0;
        }
        return Math.round((now.toEpochMilli() - dueAt.toEpochMilli()) / 8_640_000.0) / 10.0;
    }

    public static boolean mayEscalateToL4(String state, int escalationLevel) {
        return escalationLevel == 3 && state != null && AWAITS_DEPARTMENT.contains(state);
    }
}
