package org.samparksetu.notification.delivery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.notification.delivery.GraphErrorRule.Meaning;
import org.samparksetu.notification.delivery.GraphErrorRule.Next;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the answer WhatsApp gave to a message for a citizen (error code, HTTP status), when the sender records it,
 * then what it means and what becomes of the message. Codes from Meta's Cloud API error table.
 */
class GraphErrorRuleTest {
    private static final int MAX_ATTEMPTS = 10;

    @ParameterizedTest(name = "code {0}, HTTP {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // the "is it fixed?" question a week after the citizen last wrote: free text refused, template only
            "131047, 400, WINDOW_CLOSED",
            // the citizen was sent three updates within seconds: only they wait
            "131056, 400, CITIZEN_RATE_LIMITED",
            // the same whatever HTTP status carries it (sources disagree: 400 or 429)
            "131056, 429, CITIZEN_RATE_LIMITED",
            // a district-wide burst of closures exceeded the number's 80 messages a second
            "130429, 400, NUMBER_RATE_LIMITED",
            "130429, 429, NUMBER_RATE_LIMITED",
            // the system user's token expired over the weekend: the cell renews it, the message waits unchanged
            "190,    401, TOKEN_REJECTED",
            "-,      401, TOKEN_REJECTED",
            // the number is being upgraded to a higher throughput (about a minute)
            "131057, 400, TRY_AGAIN_LATER",
            // app or WABA call limits
            "4,      400, TRY_AGAIN_LATER",
            "80007,  400, TRY_AGAIN_LATER",
            // Meta's temporary errors
            "1,      500, TRY_AGAIN_LATER",
            "2,      503, TRY_AGAIN_LATER",
            "131000, 500, TRY_AGAIN_LATER",
            "131016, 503, TRY_AGAIN_LATER",
            "133004, 503, TRY_AGAIN_LATER",
            // no code at all: the HTTP status decides
            "-,      503, TRY_AGAIN_LATER",
            "-,      500, TRY_AGAIN_LATER",
            "-,      429, TRY_AGAIN_LATER",
            "-,      408, TRY_AGAIN_LATER",
            "-,      404, PERMANENT",
            "-,      400, PERMANENT",
            // the complainant's landline, or a number not on WhatsApp: the operator calls them instead
            "131026, 400, PERMANENT",
            // a malformed number or parameter
            "100,    400, PERMANENT",
            "131009, 400, PERMANENT",
            // a test number not on the allowed list
            "131030, 400, PERMANENT",
            // the number's quality: spam rate limit, ecosystem engagement
            "131048, 400, PERMANENT",
            "131049, 400, PERMANENT",
            // template parameters wrong, template missing in Hindi, template paused
            "132000, 400, PERMANENT",
            "132001, 400, PERMANENT",
            "132015, 400, PERMANENT",
            // a code in a status webhook, where there is no HTTP status
            "131047, -,   WINDOW_CLOSED",
            "131026, -,   PERMANENT",
            "-,      -,   PERMANENT",
    })
    void whatTheAnswerMeans(Integer code, Integer httpStatus, Meaning meaning) {
        assertThat(GraphErrorRule.meaning(code, httpStatus)).isEqualTo(meaning);
    }

    @ParameterizedTest(name = "{0} at attempt {1}, template left {2}: {3}")
    @CsvSource({
            // the window closed: the approved template goes at once, even inside the window (Meta's known issue)
            "WINDOW_CLOSED,        1,  true,  SEND_TEMPLATE",
            // the template itself was refused, or there is none (an answer to a command): failed, on the call list
            "WINDOW_CLOSED,        1,  false, FAIL",
            "WINDOW_CLOSED,        10, true,  SEND_TEMPLATE",
            // not a WhatsApp number: never tried again, whatever template exists
            "PERMANENT,            1,  true,  FAIL",
            "PERMANENT,            1,  false, FAIL",
            // 131056: this citizen's queue pauses, other citizens' messages go on
            "CITIZEN_RATE_LIMITED, 1,  false, PAUSE_CITIZEN_AND_RETRY",
            "CITIZEN_RATE_LIMITED, 9,  true,  PAUSE_CITIZEN_AND_RETRY",
            // 130429: the whole number pauses
            "NUMBER_RATE_LIMITED,  1,  false, PAUSE_NUMBER_AND_RETRY",
            "TOKEN_REJECTED,       1,  false, RETRY",
            "TRY_AGAIN_LATER,      3,  true,  RETRY",
            // a timeout: it may have gone out, so a status webhook is awaited before a second send
            "NO_ANSWER,            1,  false, AWAIT_STATUS",
            // the tenth attempt still not through: given up, the operator calls the citizen
            "TRY_AGAIN_LATER,      10, false, GIVE_UP",
            "CITIZEN_RATE_LIMITED, 10, false, GIVE_UP",
            "NUMBER_RATE_LIMITED,  10, false, GIVE_UP",
            "TOKEN_REJECTED,       10, false, GIVE_UP",
            "NO_ANSWER,            10, false, GIVE_UP",
    })
    void whatBecomesOfTheMessage(Meaning meaning, int attempt, boolean templateLeft, Next next) {
        assertThat(GraphErrorRule.next(meaning, attempt, MAX_ATTEMPTS, templateLeft)).isEqualTo(next);
    }

    @ParameterizedTest(name = "131056 {0} time(s) in a row: the citizen waits {1}")
    @CsvSource({
            // Meta: retry the same recipient after 4^X seconds
            "1, PT4S",
            "2, PT16S",
            "3, PT1M4S",
            // never longer than the longest retry wait
            "6, PT10M",
    })
    void aCitizenRateLimitedAgainWaitsFourTimesLonger(int hits, Duration pause) {
        assertThat(GraphErrorRule.citizenPause(hits, Duration.ofSeconds(1), Duration.ofMinutes(10))).isEqualTo(pause);
    }

    @ParameterizedTest(name = "attempt {0}, jitter {1}: again in {2}")
    @CsvSource({
            "1, 0.5, PT2S",
            "2, 0.5, PT8S",
            "3, 0.5, PT32S",
            // spread ±10% so that a burst of retries does not fire together
            "2, 0.0, PT7.2S",
            "2, 0.99, PT8.784S",
            // capped at ten minutes (then spread)
            "9, 0.5, PT10M",
    })
    void aRetryWaitsFourTimesLongerEachAttempt(int attempt, double jitter, Duration wait) {
        assertThat(GraphErrorRule.retryWait(attempt, Duration.ofSeconds(2), Duration.ofMinutes(10), jitter)).isEqualTo(wait);
    }
}
