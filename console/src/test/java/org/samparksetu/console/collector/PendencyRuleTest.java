package org.samparksetu.console.collector;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PendencyRuleTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource({
        "0,    WEEK",
        "7,    WEEK",
        "8,    FORTNIGHT",
        "15,   FORTNIGHT",
        "16,   MONTH",
        "30,   MONTH",
        "31,   OLDER",
        "400,  OLDER",
    })
    void ageBuckets(long days, PendencyRule.Bucket bucket) {
        assertThat(PendencyRule.bucket(days)).isEqualTo(bucket);
    }

    @ParameterizedTest(name = "registered {0} -> {1} days")
    @CsvSource(nullValues = "-", value = {
        "2026-12-06T09:00:00Z,  0",
        // 19:00 UTC on the 5th is already the 6th in Jalore: registered today
        "2026-12-05T19:00:00Z,  0",
        "2026-12-05T18:00:00Z,  1",
        "2026-11-06T10:00:00Z,  30",
        // a clock a little ahead somewhere: never a negative age
        "2026-12-07T10:00:00Z,  0",
        "-,                     0",
    })
    void ageInTheDistrictsCalendarDays(String registered, long days) {
        assertThat(PendencyRule.ageDays(registered == null ? null : Instant.parse(registered), NOW)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} -> pending {1}")
    @CsvSource(nullValues = "-", value = {
        "REGISTERED,      true",
        "ACTION_REPORTED, true",
        "VERIFYING,       true",
        "REOPENED,        true",
        "CLOSED,          false",
        "WITHDRAWN,       false",
        "-,               false",
    })
    void pendingUntilClosedOrWithdrawn(String state, boolean pending) {
        assertThat(PendencyRule.pending(state)).isEqualTo(pending);
    }

    @ParameterizedTest(name = "{0}, due {1} -> breached {2}, {3} days")
    @CsvSource(nullValues = "-", value = {
        "REGISTERED,      2026-12-05T10:00:00Z,  true,   1.0",
        "REOPENED,        2026-12-01T22:00:00Z,  true,   4.5",
        "REGISTERED,      2026-12-06T10:00:00Z,  false,  0.0",
        "REGISTERED,      2026-12-07T10:00:00Z,  false,  0.0",
        // the department has reported: the clock is the citizen's and the verifier's now, not the department's
        "ACTION_REPORTED, 2026-12-01T10:00:00Z,  false,  5.0",
        "VERIFYING,       2026-12-01T10:00:00Z,  false,  5.0",
        "CLOSED,          2026-12-01T10:00:00Z,  false,  5.0",
        "REGISTERED,      -,                     false,  0.0",
    })
    void anSlaBreachIsADepartmentsMissedDeadline(String state, String due, boolean breached, double days) {
        Instant dueAt = due == null ? null : Instant.parse(due);
        assertThat(PendencyRule.breached(state, dueAt, NOW)).isEqualTo(breached);
        assertThat(PendencyRule.daysOverdue(dueAt, NOW)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} at L{1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        "REGISTERED,      3,  true",
        "REOPENED,        3,  true",
        "REGISTERED,      2,  false",
        "REGISTERED,      4,  false",
        "VERIFYING,       3,  false",
        "CLOSED,          3,  false",
        "-,               3,  false",
    })
    void onlyAnOpenComplaintAtL3GoesToL4(String state, int level, boolean may) {
        assertThat(PendencyRule.mayEscalateToL4(state, level)).isEqualTo(may);
    }
}
