package org.samparksetu.console.cell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AgeRuleTest {
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @ParameterizedTest(name = "{0} waited: {1} {2}, {3}")
    @CsvSource(nullValues = "-", value = {
        // waited  | unit     | amount | urgency
        "PT0S,      NOW,       0,       FRESH",
        "PT59S,     NOW,       0,       FRESH",
        "PT1M,      MINUTES,   1,       FRESH",
        "PT59M59S,  MINUTES,   59,      FRESH",
        "PT1H,      HOURS,     1,       FRESH",
        "PT3H59M,   HOURS,     3,       FRESH",
        "PT4H,      HOURS,     4,       DUE",
        "PT23H59M,  HOURS,     23,      DUE",
        "PT24H,     HOURS,     24,      LATE",
        "PT47H59M,  HOURS,     47,      LATE",
        "PT48H,     DAYS,      2,       LATE",
        "P9DT5H,    DAYS,      9,       LATE",
        // the service's clock a little ahead: it has just arrived
        "-PT2M,     NOW,       0,       FRESH",
        // no time given
        "-,         UNKNOWN,   0,       FRESH",
    })
    void theWaitIsWordedAndMarked(String waited, AgeRule.Unit unit, long amount, AgeRule.Urgency urgency) {
        Instant since = waited == null ? null : NOW.minus(Duration.parse(waited));
        AgeRule.Age age = AgeRule.of(since, NOW);
        assertThat(age.unit()).isEqualTo(unit);
        assertThat(age.amount()).isEqualTo(amount);
        assertThat(age.urgency()).isEqualTo(urgency);
        assertThat(age.unitName()).isEqualTo(unit.name().toLowerCase());
        // a record's age (a block, a flag) keeps the wording and is never late: nothing waits on it
        assertThat(age.asRecord()).isEqualTo(new AgeRule.Age(unit, amount, AgeRule.Urgency.FRESH));
    }
}
