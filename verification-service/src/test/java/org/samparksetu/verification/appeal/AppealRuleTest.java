package org.samparksetu.verification.appeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.ReplyIds.DisposalAnswer;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;
import org.samparksetu.verification.verification.VerificationOutcomes;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a disposal the citizen was told of, when they accept, appeal or stay silent, then the check and the complaint
 * end up so, as production applies the decision ({@link VerificationOutcomes#move}). The appeal period ends on 17 March.
 */
class AppealRuleTest {
    static final Instant PERIOD_ENDS = Instant.parse("2026-03-17T09:30:00Z");

    /** What production leaves behind: the states and level, the resolution, and how the check counts against the department. */
    record After(Verdict verdict, VerificationState check, ComplaintState complaint, int level, String resolution,
                 String reopenReason, boolean falseClosure, boolean verified) {
    }

    static After applied(Decision d, DisposalOutcome outcome, VerificationState check, ComplaintState state, int level) {
        TrackedComplaint c = new TrackedComplaint();
        c.complaintId = "JAL-2026-000123";
        c.state = state;
        c.escalationLevel = level;
        Verification v = new Verification();
        v.state = check;
        v.outcome = outcome;
        VerificationOutcomes.move(d, c, v, PERIOD_ENDS, Duration.ofDays(7));
        return new After(d.verdict(), v.state, c.state, c.escalationLevel, c.resolution, d.reopenReason(), v.falseClosure,
                v.verifiedAt != null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                   | outcome      | check             | level | answer | verdict            | check after         | complaint after | level after | resolution            | reopen reason    | false closure | verified
            accepts the rejection: closed as rejected                | REJECTED     | APPEAL_OFFERED    | 1     | ACCEPT | DISPOSAL_STANDS    | DISPOSAL_ACCEPTED   | CLOSED          | 1           | DISPOSED_REJECTED     | -                | false         | true
            accepts that it is not possible                          | NOT_POSSIBLE | APPEAL_OFFERED    | 2     | ACCEPT | DISPOSAL_STANDS    | DISPOSAL_ACCEPTED   | CLOSED          | 2           | DISPOSED_NOT_POSSIBLE | -                | false         | true
            accepts the filing                                       | FILED        | APPEAL_OFFERED    | 1     | ACCEPT | DISPOSAL_STANDS    | DISPOSAL_ACCEPTED   | CLOSED          | 1           | DISPOSED_FILED        | -                | false         | true
            appeals 'no fault found': a verifier goes to see         | REJECTED     | APPEAL_OFFERED    | 1     | APPEAL | FIELD_CHECK_NEEDED | FIELD_CHECK_PENDING | VERIFYING       | 1           | -                     | -                | false         | false
            appeals a filing: a verifier goes to see                 | FILED        | APPEAL_OFFERED    | 2     | APPEAL | FIELD_CHECK_NEEDED | FIELD_CHECK_PENDING | VERIFYING       | 2           | -                     | -                | false         | false
            appeals 'not possible': straight to the next officer     | NOT_POSSIBLE | APPEAL_OFFERED    | 1     | APPEAL | APPEALED           | APPEALED            | REOPENED        | 2           | -                     | CITIZEN_APPEALED | false         | false
            appeals 'not possible' at L4: stays at the top           | NOT_POSSIBLE | APPEAL_OFFERED    | 4     | APPEAL | APPEALED           | APPEALED            | REOPENED        | 4           | -                     | CITIZEN_APPEALED | false         | false
            a second tap after accepting changes nothing             | REJECTED     | DISPOSAL_ACCEPTED | 1     | APPEAL | NOTHING_TO_CHANGE  | DISPOSAL_ACCEPTED   | CLOSED          | 1           | -                     | -                | false         | false
            appeal button on a check asking 'is it fixed?'           | RELIEF       | AWAITING_CITIZEN  | 1     | APPEAL | NOTHING_TO_CHANGE  | AWAITING_CITIZEN    | VERIFYING       | 1           | -                     | -                | false         | false
            accept after the department's report was replaced        | REJECTED     | SUPERSEDED        | 1     | ACCEPT | NOTHING_TO_CHANGE  | SUPERSEDED          | VERIFYING       | 1           | -                     | -                | false         | false
            """)
    void givenAnAppealOfferWhenTheCitizenAnswers(String situation, DisposalOutcome outcome, VerificationState check,
                                                 int level, DisposalAnswer answer, Verdict verdict,
                                                 VerificationState checkAfter, ComplaintState complaintAfter,
                                                 int levelAfter, String resolution, String reopenReason,
                                                 boolean falseClosure, boolean verified) {
        ComplaintState state = check == VerificationState.DISPOSAL_ACCEPTED ? ComplaintState.CLOSED : ComplaintState.VERIFYING;

        Decision d = AppealRule.onAnswer(check, state, level, outcome, answer);

        assertThat(applied(d, outcome, check, state, level)).as(situation).isEqualTo(new After(verdict, checkAfter,
                complaintAfter, levelAfter, resolution, reopenReason, falseClosure, verified));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                   | outcome      | check          | minutes after period | sampled | verdict            | check after         | complaint after | resolution            | verified
            silent for the period: closed as rejected, not verified  | REJECTED     | APPEAL_OFFERED | 0                    | false   | DISPOSAL_STANDS    | DISPOSAL_UNANSWERED | CLOSED          | DISPOSED_REJECTED     | false
            silent a day past the period (service was down)          | NOT_POSSIBLE | APPEAL_OFFERED | 1440                 | false   | DISPOSAL_STANDS    | DISPOSAL_UNANSWERED | CLOSED          | DISPOSED_NOT_POSSIBLE | false
            silent but sampled: a verifier goes before it closes     | FILED        | APPEAL_OFFERED | 0                    | true    | FIELD_CHECK_NEEDED | FIELD_CHECK_PENDING | VERIFYING       | -                     | false
            a minute before the period ends: nothing yet             | REJECTED     | APPEAL_OFFERED | -1                   | false   | NOTHING_TO_CHANGE  | APPEAL_OFFERED      | VERIFYING       | -                     | false
            already appealed: silence means nothing                  | REJECTED     | FIELD_CHECK_PENDING | 60              | false   | NOTHING_TO_CHANGE  | FIELD_CHECK_PENDING | VERIFYING       | -                     | false
            withdrawn by the citizen: nothing                        | REJECTED     | WITHDRAWN      | 60                   | true    | NOTHING_TO_CHANGE  | WITHDRAWN           | VERIFYING       | -                     | false
            """)
    void givenAnAppealOfferWhenTheCitizenStaysSilent(String situation, DisposalOutcome outcome, VerificationState check,
                                                     long minutesAfter, boolean sampled, Verdict verdict,
                                                     VerificationState checkAfter, ComplaintState complaintAfter,
                                                     String resolution, boolean verified) {
        Instant now = PERIOD_ENDS.plus(Duration.ofMinutes(minutesAfter));

        Decision d = AppealRule.onSilence(check, ComplaintState.VERIFYING, 1, PERIOD_ENDS, now, sampled);

        assertThat(applied(d, outcome, check, ComplaintState.VERIFYING, 1)).as(situation).isEqualTo(new After(verdict,
                checkAfter, complaintAfter, 1, resolution, null, false, verified));
    }
}
