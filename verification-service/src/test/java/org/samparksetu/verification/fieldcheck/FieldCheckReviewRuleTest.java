package org.samparksetu.verification.fieldcheck;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.verification.fieldcheck.FieldCheckReviewRule.Action;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a field check and the grievance cell's action (or its silence), what may happen. */
class FieldCheckReviewRuleTest {

    @ParameterizedTest(name = "check {0} with verdict {1}, the grievance cell would {2}: refused {3}")
    @CsvSource(nullValues = "-", value = {
            // the photo was 4.4 km from the village centroid, but the cell knows the dhani is there: accepted
            "FLAGGED,   FIXED,     ACCEPT,   false",
            "FLAGGED,   NOT_FIXED, REDO,     false",
            "FLAGGED,   FIXED,     REASSIGN, false",
            // the verifier never went: there is nothing to accept, only to send someone
            "FLAGGED,   -,         ACCEPT,   true",
            "FLAGGED,   -,         REDO,     false",
            "FLAGGED,   -,         REASSIGN, false",
            // reviewed already (a second click), decided without a flag, or cancelled by a withdrawal
            "SET_ASIDE, FIXED,     REDO,     true",
            "PASSED,    FIXED,     ACCEPT,   true",
            "ASSIGNED,  -,         REASSIGN, true",
            "CANCELLED, -,         REDO,     true",
    })
    void refusal(FieldCheck.State state, FieldCheck.Verdict verdict, Action action, boolean refused) {
        assertThat(FieldCheckReviewRule.refusal(state, verdict, action).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "review overdue, another verifier can go {0}: {1}")
    @CsvSource({
            // a second pair of eyes: the flag never takes effect on its own
            "true,  REASSIGN",
            // the district-wide verifier is the only one: they go again
            "false, REDO",
    })
    void reviewOverdue(boolean another, Action action) {
        assertThat(FieldCheckReviewRule.onReviewOverdue(another)).isEqualTo(action).isNotEqualTo(Action.ACCEPT);
    }

    @ParameterizedTest(name = "verdict {0} takes the check to {1}")
    @CsvSource({"FIXED, PASSED", "NOT_FIXED, FAILED", "FALSE_COMPLAINT, FALSE_COMPLAINT"})
    void stateFor(FieldCheck.Verdict verdict, FieldCheck.State state) {
        assertThat(FieldCheckReviewRule.stateFor(verdict)).isEqualTo(state);
    }

    @ParameterizedTest(name = "visit due {0}")
    @CsvSource("2026-04-17T10:00:00Z")
    void anOverdueVisitIsFlaggedWithItsDeadline(Instant due) {
        assertThat(FieldCheckReviewRule.visitOverdueFlag(due)).isEqualTo("VISIT_OVERDUE: no verdict by 2026-04-17T10:00:00Z");
    }
}
