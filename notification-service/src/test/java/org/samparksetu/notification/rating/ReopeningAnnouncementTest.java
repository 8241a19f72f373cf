package org.samparksetu.notification.rating;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.notification.query.StatusReport.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a complaint.reopened and where the complaint stood, when we decide who tells the citizen, then they hear it once. */
class ReopeningAnnouncementTest {

    @ParameterizedTest(name = "{0} after {1}: told by the rating = {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // the citizen tapped "संतुष्ट नहीं" under the closure message: complaint.rated says it
            "CITIZEN_NOT_SATISFIED  | CLOSED    | true",
            // the citizen wrote "phir se kholo" within the period
            "CITIZEN_REOPEN_REQUEST | CLOSED    | true",
            // whatever verification calls the reason, a closed complaint only reopens at the citizen's word
            "citizen asked again    | CLOSED    | true",
            "null                   | CLOSED    | true",
            // a citizen reason, even if the closure has not reached us yet
            "citizen_not_satisfied  | VERIFYING | true",
            // "is it fixed?" answered no while the fix was being checked: complaint.reopened tells it, as before
            "citizen says not fixed | VERIFYING | false",
            "NOT_FIXED              | VERIFYING | false",
            // a field verifier found the fix was not real
            "FIELD_VERIFIER         | ACTION_REPORTED | false",
            "null                   | REGISTERED | false",
    })
    void aReopeningAfterClosureIsToldByTheRatingOnly(String reason, Stage before, boolean toldByRating) {
        assertThat(ReopeningAnnouncement.toldByRating(reason, before)).isEqualTo(toldByRating);
    }
}
