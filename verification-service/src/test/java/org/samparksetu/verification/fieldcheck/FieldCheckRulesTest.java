package org.samparksetu.verification.fieldcheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.verification.AppliedDecision;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;
import org.samparksetu.verification.verification.VerificationState;

import static org.assertj.core.api.Assertions.assertThat;

/** The field-check rules: which disposals a verifier visits, and what the verifier's verdict does (as production applies it). */
class FieldCheckRulesTest {

    @ParameterizedTest(name = "given {0} from a department with {1} verified, {2} false, sampled {3}, then {4}")
    @CsvSource(nullValues = "-", value = {
            // closed without fixing anything: always looked at
            "REJECTED,       0,  0, false, RISKY_OUTCOME",
            "FALSE_CASE,     0,  0, false, RISKY_OUTCOME",
            "NOT_POSSIBLE,   0,  0, false, RISKY_OUTCOME",
            // a plain fix from a department with a clean record: the citizen is asked, nobody visits
            "RELIEF,         0,  0, false, -",
            // 4 of 10 fixes were not real (above 30%): every disposal of that department is checked
            "RELIEF,        10,  4, false, DEPARTMENT_FALSE_CLOSURES",
            // 3 of 10 is at the threshold, not above it
            "RELIEF,        10,  3, false, -",
            // too few verified checks to judge a department
            "RELIEF,         4,  4, false, -",
            // the random sample
            "RELIEF,         0,  0, true,  RANDOM_SAMPLE",
    })
    void onDisposal(DisposalOutcome outcome, long verified, long falseClosures, boolean sampled, String reason) {
        assertThat(FieldCheckRules.onDisposal(outcome, verified, falseClosures, 0.3, 5, sampled))
                .isEqualTo(java.util.Optional.ofNullable(reason));
    }

    @ParameterizedTest(name = "given a check {0}, a complaint {1} at L{2}, when the verifier finds {3}, then {4}: check {5}, complaint {6} at L{7}")
    @CsvSource(nullValues = "-", value = {
            // the citizen could not tell; the verifier sees the new hand-pump working
            "FIELD_CHECK_PENDING, VERIFYING, 1, FIXED,           CONFIRMED_FIXED,   CONFIRMED,           CLOSED,    1, -",
            // a risky disposal checked before the citizen answered
            "AWAITING_CITIZEN,    VERIFYING, 2, FIXED,           CONFIRMED_FIXED,   CONFIRMED,           CLOSED,    2, -",
            // the citizen already said fixed: the verifier agreeing changes nothing
            "CONFIRMED,           CLOSED,    2, FIXED,           NOTHING_TO_CHANGE, CONFIRMED,           CLOSED,    2, -",
            // the citizen said "not fixed" and the verifier finds the new pipeline carrying water: closed, not a false closure
            "FIELD_CHECK_PENDING, VERIFYING, 2, FIXED,           CONFIRMED_FIXED,   CONFIRMED,           CLOSED,    2, -",
            // the drain is still blocked (the citizen was right, or could not tell): reopened one level up
            "FIELD_CHECK_PENDING, VERIFYING, 1, NOT_FIXED,       DISPUTED,          DISPUTED,            REOPENED,  2, FIELD_CHECK_NOT_FIXED",
            "FIELD_CHECK_PENDING, VERIFYING, 3, NOT_FIXED,       DISPUTED,          DISPUTED,            REOPENED,  4, FIELD_CHECK_NOT_FIXED",
            "AWAITING_CITIZEN,    VERIFYING, 4, NOT_FIXED,       DISPUTED,          DISPUTED,            REOPENED,  4, FIELD_CHECK_NOT_FIXED",
            // the citizen said fixed (perhaps under pressure) and it was closed; the verifier saw otherwise
            "CONFIRMED,           CLOSED,    2, NOT_FIXED,       DISPUTED,          CONFIRMED,           REOPENED,  3, FIELD_CHECK_NOT_FIXED_AFTER_CLOSURE",
            // a verifier already found it not fixed (or the citizen's word reopened it, before verifiers decided): nothing more
            "DISPUTED,            REOPENED,  3, NOT_FIXED,       NOTHING_TO_CHANGE, DISPUTED,            REOPENED,  3, -",
            // nobody lives at that address and there never was a broken pipe
            "AWAITING_CITIZEN,    VERIFYING, 1, FALSE_COMPLAINT, FALSE_COMPLAINT,   FALSE_COMPLAINT,     CLOSED,    1, -",
            "CONFIRMED,           CLOSED,    2, FALSE_COMPLAINT, FALSE_COMPLAINT,   CONFIRMED,           CLOSED,    2, -",
            "DISPUTED,            REOPENED,  3, FALSE_COMPLAINT, FALSE_COMPLAINT,   DISPUTED,            CLOSED,    3, -",
    })
    void onVerdict(VerificationState check, ComplaintState complaint, int level, FieldCheck.Verdict verdict,
                   Verdict expected, VerificationState nextCheck, ComplaintState nextComplaint, int nextLevel,
                   String reopenReason) {
        Decision d = FieldCheckRules.onVerdict(check, complaint, level, verdict);
        assertThat(d).isEqualTo(new Decision(expected, nextCheck, nextComplaint, nextLevel, reopenReason));
        assertThat(AppliedDecision.of(d, check, complaint, level))
                .isEqualTo(new AppliedDecision(nextCheck, nextComplaint, nextLevel));
    }

    @Test
    void haversineMatchesKnownDistances() {
        assertThat(Geo.haversineMetres(25.0, 72.0, 26.0, 72.0)).isBetween(111_000.0, 111_400.0);
        assertThat(Geo.haversineMetres(25.345678, 72.617432, 25.345678, 72.617432)).isZero();
        // about 0.005 degrees of longitude at 25.3 N: ~503 m
        assertThat(Geo.haversineMetres(25.3457, 72.6175, 25.3457, 72.6225)).isBetween(495.0, 510.0);
    }
}
