package org.samparksetu.bridge.registration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** With production's settings: back-off 2 s doubling to 5 min, 5 s for the portal to settle after no answer. */
class RegistrationRetryRuleTest {
    private final RegistrationRetryRule rule =
            new RegistrationRetryRule(Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofSeconds(5));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # given what happened                                      | failure            | attempt | earlier attempt unresolved | then due after | look up first | counts as attempt | counted as    | a person should look
            portal down for maintenance (503), first try                | UNAVAILABLE        | 1       | false | PT2S   | false | true  | unavailable  | false
            portal busy (429) on the third try: back-off doubles        | UNAVAILABLE        | 3       | false | PT8S   | false | true  | unavailable  | false
            portal down all afternoon, 50th try: back-off capped        | UNAVAILABLE        | 50      | false | PT5M   | false | true  | unavailable  | false
            look-up after an unanswered attempt failed: still look up   | UNAVAILABLE        | 2       | true  | PT4S   | true  | true  | unavailable  | false
            breaker open after repeated failures: nothing was sent      | CIRCUIT_OPEN       | 4       | false | PT16S  | false | true  | circuit-open | false
            ten registrations this second already: wait, not counted    | RATE_LIMITED       | 1       | false | PT0.1S | false | false | rate-limited | false
            no answer within 5 s after sending (timeout)                | TIMEOUT            | 1       | false | PT5S   | true  | true  | ambiguous    | false
            502 from the gateway in front of the portal                 | AMBIGUOUS          | 6       | false | PT5S   | true  | true  | ambiguous    | false
            400: the portal does not accept the tehsil field            | REJECTED           | 1       | false | PT2S   | false | true  | rejected     | true
            400 on a row whose earlier attempt is still unresolved      | REJECTED           | 2       | true  | PT4S   | true  | true  | rejected     | true
            duplicate: the portal's grievance ID is another complaint's | GRIEVANCE_ID_TAKEN | 1       | false | PT2S   | true  | true  | conflict     | true
            something we did not foresee                                | UNEXPECTED         | 2       | false | PT4S   | true  | true  | unexpected   | true
            """)
    void whetherAndWhenARegistrationIsTriedAgain(String given, RegistrationRetryRule.Failure failure, int attempt,
                                                 boolean unresolved, Duration after, boolean lookUpFirst,
                                                 boolean countsAsAttempt, String kind, boolean needsALook) {
        RegistrationRetryRule.Retry retry = rule.after(failure, "what the portal said", attempt, unresolved, Duration.ZERO);

        assertThat(retry.after()).as("due again after").isEqualTo(after);
        assertThat(retry.lookUpFirst()).as("look the reference up first").isEqualTo(lookUpFirst);
        assertThat(retry.countsAsAttempt()).as("counts as an attempt").isEqualTo(countsAsAttempt);
        assertThat(retry.kind()).isEqualTo(kind);
        assertThat(retry.needsALook()).as("a person should look").isEqualTo(needsALook);
        if (countsAsAttempt) {
            assertThat(retry.lastError()).endsWith("what the portal said");
        } else {
            assertThat(retry.lastError()).as("an attempt never made keeps the last real error").isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # given                                                      | the limit frees up after | earlier attempt unresolved | then due after | look up first
            our rate limit says a call is allowed again in 300 ms         | PT0.3S                  | false | PT0.3S | false
            the limit frees up at once: still wait a moment               | PT0S                    | false | PT0.1S | false
            rest of the batch held back, one of them unanswered before    | PT0.25S                 | true  | PT0.25S | true
            """)
    void aRegistrationNeverSentWaitsItsTurnWithoutCountingAnAttempt(String given, Duration wait, boolean unresolved,
                                                                    Duration after, boolean lookUpFirst) {
        RegistrationRetryRule.Retry retry = rule.after(RegistrationRetryRule.Failure.RATE_LIMITED, "rate limit", 3,
                unresolved, wait);

        assertThat(retry.after()).isEqualTo(after);
        assertThat(retry.lookUpFirst()).isEqualTo(lookUpFirst);
        assertThat(retry.countsAsAttempt()).isFalse();
        assertThat(rule.notAttempted(wait, unresolved)).isEqualTo(retry);
    }
}
