package org.samparksetu.verification.rating;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.rating.RatingRule.Decision;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule alone: given where the complaint stands and how long ago it was closed, when the citizen rates it or asks
 * to reopen it, then this is recorded and this happens. The reopen period is the district's default, 30 days.
 */
class RatingRuleTest {
    static final Instant CLOSED_AT = Instant.parse("2026-04-01T10:00:00Z");
    static final Duration PERIOD = Duration.ofDays(30);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                              | state     | hours after closure | already rated | level | rating | counted | reopens | level after | refusal
            rated 5 (satisfied) the day after closure           | CLOSED    | 24   | false | 1 | 5 | true  | false | 1 | -
            rated 4                                             | CLOSED    | 24   | false | 1 | 4 | true  | false | 1 | -
            rated 3 (still satisfied)                           | CLOSED    | 24   | false | 2 | 3 | true  | false | 2 | -
            rated 2: not satisfied, reopens one level up        | CLOSED    | 24   | false | 1 | 2 | true  | true  | 2 | -
            rated 1 (the not-satisfied button) reopens          | CLOSED    | 24   | false | 2 | 1 | true  | true  | 3 | -
            rated 1 at L4 reopens and stays at the top          | CLOSED    | 24   | false | 4 | 1 | true  | true  | 4 | -
            phir se kholo within the period                     | CLOSED    | 240  | false | 1 | - | false | true  | 2 | -
            phir se kholo exactly 30 days after closure        | CLOSED    | 720  | false | 1 | - | false | true  | 2 | -
            phir se kholo a day after the period                | CLOSED    | 744  | false | 1 | - | false | false | 1 | REOPEN_PERIOD_OVER
            rated 1 after the period: counted, not reopened     | CLOSED    | 1000 | false | 1 | 1 | true  | false | 1 | REOPEN_PERIOD_OVER
            rated 5 after the period: counted, nothing refused  | CLOSED    | 1000 | false | 1 | 5 | true  | false | 1 | -
            a second rating of the same closure is not counted  | CLOSED    | 48   | true  | 1 | 4 | false | false | 1 | -
            second rating 1 within the period still reopens     | CLOSED    | 48   | true  | 1 | 1 | false | true  | 2 | -
            second rating 2 after the period                    | CLOSED    | 1000 | true  | 1 | 2 | false | false | 1 | REOPEN_PERIOD_OVER
            phir se kholo after rating 5, within the period     | CLOSED    | 72   | true  | 1 | - | false | true  | 2 | -
            rated while the department is still working on it  | REGISTERED| -    | false | 1 | 5 | false | false | 1 | NOT_CLOSED
            not satisfied while the citizen is being asked      | VERIFYING | -    | false | 1 | 1 | false | false | 1 | NOT_CLOSED
            phir se kholo on a complaint already reopened       | REOPENED  | -    | false | 2 | - | false | false | 2 | NOT_CLOSED
            a rating of a withdrawn complaint                   | WITHDRAWN | -    | false | 1 | 1 | false | false | 1 | NOT_CLOSED
            phir se kholo on a withdrawn complaint              | WITHDRAWN | -    | false | 1 | - | false | false | 1 | NOT_CLOSED
            """)
    void givenAComplaintWhenTheCitizenRatesOrAsksToReopen(String situation, ComplaintState state, Integer hoursAfter,
                                                          boolean alreadyRated, int level, Integer rating,
                                                          boolean counted, boolean reopens, int levelAfter,
                                                          String refusal) {
        Instant closedAt = state == ComplaintState.CLOSED ? CLOSED_AT : null;
        Instant now = CLOSED_AT.plus(Duration.ofHours(hoursAfter == null ? 24 : hoursAfter));

        Decision d = RatingRule.decide(state, closedAt, alreadyRated, level, rating, now, PERIOD);

        assertThat(d).as(situation).isEqualTo(new Decision(counted, reopens, levelAfter, refusal));
    }

    @Test
    void theReopenPeriodIsTheDistrictsToSet() {
        Instant sixtyDaysOn = CLOSED_AT.plus(Duration.ofDays(60));
        assertThat(RatingRule.decide(ComplaintState.CLOSED, CLOSED_AT, false, 1, 1, sixtyDaysOn, Duration.ofDays(90)).reopen())
                .isTrue();
        assertThat(RatingRule.decide(ComplaintState.CLOSED, CLOSED_AT, false, 1, 1, sixtyDaysOn, Duration.ofDays(45)).refusal())
                .isEqualTo("REOPEN_PERIOD_OVER");
    }

    @ParameterizedTest
    @CsvSource({"5, true", "4, true", "3, true", "2, false", "1, false"})
    void threeOrMoreCountsAsSatisfied(int rating, boolean satisfied) {
        assertThat(RatingRule.satisfied(rating)).isEqualTo(satisfied);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void aRatingIsOneToFive(int rating) {
        assertThatThrownBy(() -> RatingRule.decide(ComplaintState.CLOSED, CLOSED_AT, false, 1, rating, CLOSED_AT, PERIOD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 5");
    }
}
