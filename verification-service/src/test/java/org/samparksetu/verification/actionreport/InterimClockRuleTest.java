package org.samparksetu.verification.actionreport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.verification.actionreport.InterimClockRule.Basis;
import org.samparksetu.verification.actionreport.InterimClockRule.Clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the report's date and the complaint's running clock, the department's new deadline. "Now" is 10 March 2026,
 * 15:00 in Jalore (09:30 UTC); the district's limits are 30 days at L1, 7 days above, and at most 90 days ahead.
 */
class InterimClockRuleTest {
    static final ZoneId JALORE = ZoneId.of("Asia/Kolkata");
    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final Duration FIRST = Duration.ofDays(30);
    static final Duration LEVEL = Duration.ofDays(7);
    static final Duration MAX = Duration.ofDays(90);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                   | expectedBy  | running due          | level | due at (UTC)         | held to    | promised   | basis
            pipeline by 15 April: midnight after it, in Jalore       | 2026-04-15  | 2026-04-01T00:00:00Z | 1     | 2026-04-15T18:30:00Z | 2026-04-15 | 2026-04-15 | DEPARTMENT_DATE
            a date earlier than the clock it had is held too         | 2026-03-20  | 2026-04-01T00:00:00Z | 1     | 2026-03-20T18:30:00Z | 2026-03-20 | 2026-03-20 | DEPARTMENT_DATE
            done by today: the whole of today                        | 2026-03-10  | 2026-04-01T00:00:00Z | 2     | 2026-03-10T18:30:00Z | 2026-03-10 | 2026-03-10 | DEPARTMENT_DATE
            no date: the clock it had keeps running                  | -           | 2026-04-01T00:00:00Z | 1     | 2026-04-01T00:00:00Z | 2026-04-01 | -          | NORMAL_LIMIT
            yesterday's date: the clock it had keeps running         | 2026-03-09  | 2026-04-01T00:00:00Z | 1     | 2026-04-01T00:00:00Z | 2026-04-01 | 2026-03-09 | NORMAL_LIMIT
            an unreadable date (15/04/2026): the normal limit        | 15/04/2026  | 2026-04-01T00:00:00Z | 1     | 2026-04-01T00:00:00Z | 2026-04-01 | -          | NORMAL_LIMIT
            no date and no clock running at L1: the L1 limit         | -           | -                    | 1     | 2026-04-09T09:30:00Z | 2026-04-09 | -          | NORMAL_LIMIT
            no date and no clock running at L2: the level limit      | -           | -                    | 2     | 2026-03-17T09:30:00Z | 2026-03-17 | -          | NORMAL_LIMIT
            next year: held to 90 days from now                      | 2027-03-01  | 2026-04-01T00:00:00Z | 1     | 2026-06-08T09:30:00Z | 2026-06-08 | 2027-03-01 | CAPPED
            exactly 89 days ahead: its own date                      | 2026-06-07  | -                    | 1     | 2026-06-07T18:30:00Z | 2026-06-07 | 2026-06-07 | DEPARTMENT_DATE
            """)
    void givenTheDepartmentsDateWhenItReportsInterimRelief(String situation, String expectedBy, Instant runningDue,
                                                          int level, Instant dueAt, LocalDate heldTo,
                                                          LocalDate promised, Basis basis) {
        Clock clock = InterimClockRule.clock(expectedBy, NOW, JALORE, runningDue, level, FIRST, LEVEL, MAX);

        assertThat(clock).as(situation).isEqualTo(new Clock(dueAt, heldTo, promised, basis));
    }

    @Test
    void theCitizenReadsTheDateBeforeTheReason() {
        assertThat(VerificationRequestService.interimRemarks(LocalDate.parse("2026-04-15"), " pipeline being laid "))
                .isEqualTo("2026-04-15: pipeline being laid");
        assertThat(VerificationRequestService.interimRemarks(LocalDate.parse("2026-04-15"), null)).isEqualTo("2026-04-15");
    }
}
