package org.samparksetu.verification.actionreport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.verification.actionreport.DisposalRule.Handling;
import org.samparksetu.verification.actionreport.DisposalRule.Plan;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.verification.VerificationState;

import static org.assertj.core.api.Assertions.assertThat;

/** Given where the complaint stands, when the department disposes of it so, then verification does this. */
class DisposalRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                      | outcome        | complaint  | handling          | check               | complaint after | citizen told  | clock stops
            handpump repaired: the citizen is asked                     | RELIEF         | REGISTERED | ASK_CITIZEN       | AWAITING_CITIZEN    | VERIFYING       | REQUEST       | true
            repaired after a reopen: asked again                        | RELIEF         | REOPENED   | ASK_CITIZEN       | AWAITING_CITIZEN    | VERIFYING       | REQUEST       | true
            tanker sent, pipeline by 15 April: stays open, told         | INTERIM_RELIEF | REGISTERED | KEEP_OPEN_TO_DATE | INTERIM             | REGISTERED      | INTERIM       | false
            interim relief on a reopened complaint: still reopened      | INTERIM_RELIEF | REOPENED   | KEEP_OPEN_TO_DATE | INTERIM             | REOPENED        | INTERIM       | false
            interim relief replacing a fix being verified: back to dept | INTERIM_RELIEF | VERIFYING  | KEEP_OPEN_TO_DATE | INTERIM             | REGISTERED      | INTERIM       | false
            rejected (no fault found): reason told, appeal offered      | REJECTED       | REGISTERED | OFFER_APPEAL      | APPEAL_OFFERED      | VERIFYING       | APPEAL_OFFER  | true
            not possible (private land): reason told, appeal offered    | NOT_POSSIBLE   | REGISTERED | OFFER_APPEAL      | APPEAL_OFFERED      | VERIFYING       | APPEAL_OFFER  | true
            filed (matter in court): reason told, appeal offered        | FILED          | REOPENED   | OFFER_APPEAL      | APPEAL_OFFERED      | VERIFYING       | APPEAL_OFFER  | true
            false case: a verifier goes first, the citizen hears nothing | FALSE_CASE    | REGISTERED | FIELD_CHECK_FIRST | FIELD_CHECK_PENDING | VERIFYING       | -             | true
            """)
    void givenAComplaintWhenTheDepartmentDisposesOfIt(String situation, DisposalOutcome outcome, ComplaintState state,
                                                     Handling handling, VerificationState check,
                                                     ComplaintState complaintAfter, String told, boolean clockStops) {
        assertThat(DisposalRule.onReport(outcome, state)).as(situation)
                .isEqualTo(new Plan(handling, check, complaintAfter, told, clockStops));
    }
}
