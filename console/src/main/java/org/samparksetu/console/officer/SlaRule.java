package org.samparksetu.console.officer;

import java.time.Duration;
import java.time.Instant;

/**
 * How a complaint's deadline (SLA due time at its escalation level) is put to the officer: overdue by how long, due
 * within the day (act today), due later (in days), or no deadline at all (no clock runs: closed, withdrawn, or waiting
 * on the citizen). Whole days and hours, rounded down, so "overdue by 0 d 3 h" reads as three hours late.
 */
public final class SlaRule {
    public enum Kind {
        OVERDUE, DUE_TODAY, DUE, NONE
    }

    /** @param days whole days, @param hours the hours beyond them */
    @io.quarkus.qute.TemplateData
    public record Sla(Kind kind, long days, long hours) {
        public boolean overdue() {
            return kind == Kind.OVERDUE;
        }

        public boolean dueToday() {
            return kind == Kind.DUE_TODAY;
        }

        public boolean due() {
            return kind == Kind.DUE;
        }

        /** The style class of the deadline cell. */
        public String css() {
            return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private SlaRule() {
    }

    public static Sla of(Instant dueAt, String state, Instant now) {
        if (dueAt == null || !QueueRule.shown(state)) {
            return new Sla(Kind.NONE, 0, 0);
        }
        Duration gap = Duration.between(now, dueAt);
        Kind kind = gap.isNegative() ? Kind.OVERDUE : gap.compareTo(Duration.ofDays(1)) < 0 ? Kind.DUE_TODAY : Kind.DUE;
        Duration size = gap.abs();
        return new Sla(kind, size.toDays(), size.minusDays(size.toDays()).toHours());
    }
}
