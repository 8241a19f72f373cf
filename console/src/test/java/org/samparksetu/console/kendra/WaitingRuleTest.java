package org.samparksetu.console.kendra;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingRuleTest {
    @ParameterizedTest(name = "queued {0}, now {1} -> {2}, {3} h")
    @CsvSource(nullValues = "-", value = {
        "2026-12-06T10:00:00Z, 2026-12-06T10:30:00Z, FRESH,    0",
        "2026-12-06T10:00:00Z, 2026-12-06T17:59:00Z, FRESH,    7",
        "2026-12-06T10:00:00Z, 2026-12-06T18:00:00Z, SOON,     8",
        "2026-12-06T10:00:00Z, 2026-12-07T09:59:00Z, SOON,     23",
        "2026-12-06T10:00:00Z, 2026-12-07T10:00:00Z, OVERDUE,  24",
        "2026-12-06T10:00:00Z, 2026-12-09T10:00:00Z, OVERDUE,  72",
        "2026-12-06T10:05:00Z, 2026-12-06T10:00:00Z, FRESH,    0",
        "-,                    2026-12-06T10:00:00Z, FRESH,    0",
    })
    void aComplaintWaitingPastTheWorkingDayIsMarked(String queued, String now, WaitingRule.Level level, long hours) {
        Instant since = queued == null ? null : Instant.parse(queued);
        assertThat(WaitingRule.level(since, Instant.parse(now))).isEqualTo(level);
        assertThat(WaitingRule.hours(since, Instant.parse(now))).isEqualTo(hours);
    }
}
