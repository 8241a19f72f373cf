package org.samparksetu.verification.verification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Given a check's state, the complaint's state and level, when the citizen answers (or stays silent), then the check
 * and the complaint move to these states and this level: as decided, and as production applies the decision
 * ({@link AppliedDecision}).
 */
class VerificationDecisionTest {

    @ParameterizedTest(name = "given a check {0}, a complaint {1} at L{2}, when the citizen answers {3}, then {4}: check {5}, complaint {6} at L{7}")
    @CsvSource(nullValues = "-", value = {
            // the hand-pump is working again: the citizen confirms, the complaint closes where it stood
            "AWAITING_CITIZEN,    VERIFYING, 2, FIXED,     CONFIRMED_FIXED,    CONFIRMED,           CLOSED,    2, -",
            // the road is still broken, says the citizen: asked why, a verifier goes; the complaint waits at its level
            "AWAITING_CITIZEN,    VERIFYING, 1, NOT_FIXED, CITIZEN_DISPUTED,   FIELD_CHECK_PENDING, VERIFYING, 1, -",
            "AWAITING_CITIZEN,    VERIFYING, 3, NOT_FIXED, CITIZEN_DISPUTED,   FIELD_CHECK_PENDING, VERIFYING, 3, -",
            // already with the collector: the verifier decides there too
            "AWAITING_CITIZEN,    VERIFYING, 4, NOT_FIXED, CITIZEN_DISPUTED,   FIELD_CHECK_PENDING, VERIFYING, 4, -",
            // the citizen lives away from the ward and cannot tell: someone goes to look, the complaint stays verifying
            "AWAITING_CITIZEN,    VERIFYING, 1, DONT_KNOW, FIELD_CHECK_NEEDED, FIELD_CHECK_PENDING, VERIFYING, 1, -",
            // a second tap on the old message changes nothing
            "CONFIRMED,           CLOSED,    3, NOT_FIXED, NOTHING_TO_CHANGE,  CONFIRMED,           CLOSED,    3, -",
            "DISPUTED,            REOPENED,  3, FIXED,     NOTHING_TO_CHANGE,  DISPUTED,            REOPENED,  3, -",
            // a verifier is already on the way: a second tap, or a change of mind, waits for their verdict
            "FIELD_CHECK_PENDING, VERIFYING, 2, FIXED,     NOTHING_TO_CHANGE,  FIELD_CHECK_PENDING, VERIFYING, 2, -",
            "FIELD_CHECK_PENDING, VERIFYING, 2, NOT_FIXED, NOTHING_TO_CHANGE,  FIELD_CHECK_PENDING, VERIFYING, 2, -",
            // a newer report replaced the check, or the citizen withdrew the complaint
            "SUPERSEDED,          VERIFYING, 1, FIXED,     NOTHING_TO_CHANGE,  SUPERSEDED,          VERIFYING, 1, -",
            "WITHDRAWN,           WITHDRAWN, 1, NOT_FIXED, NOTHING_TO_CHANGE,  WITHDRAWN,           WITHDRAWN, 1, -",
            "FALSE_COMPLAINT,     CLOSED,    1, DONT_KNOW, NOTHING_TO_CHANGE,  FALSE_COMPLAINT,     CLOSED,    1, -",
    })
    void theCitizensAnswer(VerificationState check, ComplaintState complaint, int level, VerificationAnswer answer,
                           Verdict verdict, VerificationState nextCheck, ComplaintState nextComplaint, int nextLevel,
                           String reopenReason) {
        Decision d = VerificationDecision.onCitizenAnswer(check, complaint, level, answer);
        assertThat(d).isEqualTo(new Decision(verdict, nextCheck, nextComplaint, nextLevel, reopenReason));
        assertThat(d.changesAnything()).isEqualTo(verdict != Verdict.NOTHING_TO_CHANGE);
        assertThat(AppliedDecision.of(d, check, complaint, level))
                .isEqualTo(new AppliedDecision(nextCheck, nextComplaint, nextLevel));
    }

    @ParameterizedTest(name = "given a check {0}, a complaint {1} at L{2}, when the silence period ends, then {3}: check {4}, complaint {5} at L{6}")
    @CsvSource({
            // asked a week ago, reminded, still no answer: a field verifier goes, the complaint stays verifying
            "AWAITING_CITIZEN,    VERIFYING, 2, FIELD_CHECK_NEEDED, FIELD_CHECK_PENDING, VERIFYING, 2",
            // the citizen answered "don't know" just before: a verifier is already going
            "FIELD_CHECK_PENDING, VERIFYING, 1, NOTHING_TO_CHANGE,  FIELD_CHECK_PENDING, VERIFYING, 1",
            // confirmed at the last minute: closed, nobody needs to go
            "CONFIRMED,           CLOSED,    1, NOTHING_TO_CHANGE,  CONFIRMED,           CLOSED,    1",
            // the citizen withdrew the complaint
            "WITHDRAWN,           WITHDRAWN, 1, NOTHING_TO_CHANGE,  WITHDRAWN,           WITHDRAWN, 1",
    })
    void theCitizensSilence(VerificationState check, ComplaintState complaint, int level, Verdict verdict,
                            VerificationState nextCheck, ComplaintState nextComplaint, int nextLevel) {
        Decision d = VerificationDecision.onSilence(check, complaint, level);
        assertThat(d).isEqualTo(new Decision(verdict, nextCheck, nextComplaint, nextLevel, null));
        assertThat(AppliedDecision.of(d, check, complaint, level))
                .isEqualTo(new AppliedDecision(nextCheck, nextComplaint, nextLevel));
    }

    @Test
    void anAnswerIsRequired() {
        assertThatThrownBy(() -> VerificationDecision.onCitizenAnswer(VerificationState.AWAITING_CITIZEN,
                ComplaintState.VERIFYING, 1, null)).isInstanceOf(NullPointerException.class);
    }
}
