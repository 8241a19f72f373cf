package org.samparksetu.verification.verification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules alone: given a check's state, when the citizen answers, then this is what happens. */
class VerificationDecisionTest {

    @Test
    void fixedConfirmsTheCheckAndClosesTheComplaint() {
        Decision d = VerificationDecision.onCitizenAnswer(VerificationState.AWAITING_CITIZEN, ComplaintState.VERIFYING,
                2, VerificationAnswer.FIXED);
        assertThat(d).isEqualTo(new Decision(Verdict.CONFIRMED_FIXED, VerificationState.CONFIRMED,
                ComplaintState.CLOSED, 2));
        assertThat(d.changesAnything()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "2, 3", "3, 4", "4, 4"})
    void notFixedDisputesAndReopensOneLevelUpToL4(int level, int expected) {
        Decision d = VerificationDecision.onCitizenAnswer(VerificationState.AWAITING_CITIZEN, ComplaintState.VERIFYING,
                level, VerificationAnswer.NOT_FIXED);
        assertThat(d).isEqualTo(new Decision(Verdict.DISPUTED, VerificationState.DISPUTED,
                ComplaintState.REOPENED, expected));
    }

    @Test
    void dontKnowAwaitsAFieldCheckAndLeavesTheComplaintVerifying() {
        Decision d = VerificationDecision.onCitizenAnswer(VerificationState.AWAITING_CITIZEN, ComplaintState.VERIFYING,
                1, VerificationAnswer.DONT_KNOW);
        assertThat(d).isEqualTo(new Decision(Verdict.FIELD_CHECK_NEEDED, VerificationState.FIELD_CHECK_PENDING,
                ComplaintState.VERIFYING, 1));
    }

    @ParameterizedTest
    @EnumSource(value = VerificationState.class, names = "AWAITING_CITIZEN", mode = EnumSource.Mode.EXCLUDE)
    void aCheckNotAwaitingTheCitizenIgnoresEveryAnswer(VerificationState state) {
        for (VerificationAnswer answer : VerificationAnswer.values()) {
            Decision d = VerificationDecision.onCitizenAnswer(state, ComplaintState.CLOSED, 3, answer);
            assertThat(d.changesAnything()).as("%s then %s", state, answer).isFalse();
            assertThat(d).isEqualTo(new Decision(Verdict.NOT_AWAITING_ANSWER, state, ComplaintState.CLOSED, 3));
        }
    }

    @Test
    void anAnswerIsRequired() {
        assertThatThrownBy(() -> VerificationDecision.onCitizenAnswer(VerificationState.AWAITING_CITIZEN,
                ComplaintState.VERIFYING, 1, null)).isInstanceOf(NullPointerException.class);
    }
}
