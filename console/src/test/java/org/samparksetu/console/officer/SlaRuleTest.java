package org.samparksetu.console.officer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SlaRuleTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @ParameterizedTest(name = "due in {0} min, {1} -> {2} {3}d {4}h")
    @CsvSource({
        // due in minutes (empty: none), state,  kind,       days, hours
        "-3000,   REGISTERED,  OVERDUE,    2,  2",
        "-59,     REGISTERED,  OVERDUE,    0,  0",
        "-1500,   REOPENED,    OVERDUE,    1,  1",
        "30,      REGISTERED,  DUE_TODAY,  0,  0",
        "1439,    REGISTERED,  DUE_TODAY,  0,  23",
        "1440,    REGISTERED,  DUE,        1,  0",
        "4500,    VERIFYING,   DUE,        3,  3",
        ",        REGISTERED,  NONE,       0,  0",
        "-3000,   CLOSED,      NONE,       0,  0",   // closed: no deadline to meet any more
        "600,     WITHDRAWN,   NONE,       0,  0",
    })
    void theDeadlineIsPutAsOverdueTodayOrLater(Long minutes, String state, SlaRule.Kind kind, long days, long hours) {
        Instant due = minutes == null ? null : NOW.plus(Duration.ofMinutes(minutes));

        SlaRule.Sla sla = SlaRule.of(due, state, NOW);

        assertThat(sla.kind()).isEqualTo(kind);
        assertThat(sla.days()).isEqualTo(days);
        assertThat(sla.hours()).isEqualTo(hours);
    }
}
