package org.samparksetu.verification.actionreport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The department's clock after interim relief. Plain Java: "now" and every limit are parameters.
 * <ul>
 *   <li>The department's date (ISO, {@code 2026-04-15}) becomes its deadline: the whole of that day in the district,
 *       so the complaint escalates like any overdue one at the midnight after it.</li>
 *   <li>No date, an unreadable one, or a date already past: the normal limit, i.e. the clock the complaint already
 *       had, or (none running because an earlier report stopped it) a fresh limit for its level. Interim relief
 *       without a real date buys no time.</li>
 *   <li>A date further away than {@code maxExtension} from today is held to that: a promise for next year does not
 *       park a complaint.</li>
 * </ul>
 */
public final class InterimClockRule {
    /** Where the deadline came from. */
    public enum Basis { DEPARTMENT_DATE, CAPPED, NORMAL_LIMIT }

    /**
     * @param dueAt       when the complaint escalates if no final report has come
     * @param heldTo      the district date the department is held to (what the citizen is told)
     * @param promised    the department's own date when it gave a readable one, else null
     */
    public record Clock(Instant dueAt, LocalDate heldTo, LocalDate promised, Basis basis) {
    }

    private InterimClockRule() {
    }

    /**
     * @param expectedBy  the report's {@code expectedBy}, as the bridge passed it on
     * @param runningDue  the complaint's running deadline, or null when none runs
     * @param level       the complaint's level, 1..4
     * @param firstLimit  the department's (and subject's) limit at L1
     * @param levelLimit  the limit at every higher level
     */
    public static Clock clock(String expectedBy, Instant now, ZoneId zone, Instant runningDue, int level,
                              Duration firstLimit, Duration levelLimit, Duration maxExtension) {
        LocalDate promised = parse(expectedBy);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (promised == null || promised.isBefore(today)) {
            Instant normal = runningDue != null ? runningDue : now.plus(level <= 1 ? firstLimit : levelLimit);
            return new Clock(normal, LocalDate.ofInstant(normal, zone), promised, Basis.NORMAL_LIMIT);
        }
        Instant endOfDay = promised.plusDays(1).atStartOfDay(zone).toInstant();
        Instant cap = now.plus(maxExtension);
        if (endOfDay.isAfter(cap)) {
            return new Clock(cap, LocalDate.ofInstant(cap, zone), promised, Basis.CAPPED);
        }
        return new Clock(endOfDay, promised, promised, Basis.DEPARTMENT_DATE);
    }

    private static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
