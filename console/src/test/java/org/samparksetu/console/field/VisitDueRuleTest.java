package org.samparksetu.console.field;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class VisitDueRuleTest {

    @ParameterizedTest(name = "due {0}, now {1} -> {2} ({3} days)")
    @CsvSource(nullValues = "-", value = {
        // due (UTC),              now (UTC),              urgency, days left
        "-,                        2026-12-06T10:00:00Z,   NONE,    0",
        "2026-12-06T09:59:59Z,     2026-12-06T10:00:00Z,   OVERDUE, 0",
        "2026-11-01T00:00:00Z,     2026-12-06T10:00:00Z,   OVERDUE, 0",
        "2026-12-06T18:00:00Z,     2026-12-06T10:00:00Z,   TODAY,   0",
        // 18:30 UTC is midnight in Jalore: the next day there, though the same day in UTC
        "2026-12-06T18:31:00Z,     2026-12-06T10:00:00Z,   SOON,    1",
        "2026-12-08T10:00:00Z,     2026-12-06T10:00:00Z,   SOON,    2",
        "2026-12-09T10:00:00Z,     2026-12-06T10:00:00Z,   LATER,   3",
        "2026-12-13T10:00:00Z,     2026-12-06T10:00:00Z,   LATER,   7",
    })
    void urgencyInTheDistrictsDays(String due, String now, VisitDueRule.Urgency urgency, long daysLeft) {
        VisitDueRule.Due d = VisitDueRule.of(due == null ? null : Instant.parse(due), Instant.parse(now));
        assertThat(d.urgency()).isEqualTo(urgency);
        assertThat(d.daysLeft()).isEqualTo(daysLeft);
    }
}
