package org.samparksetu.verification.actionreport;

import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.verification.VerificationState;

import java.util.Objects;

/**
 * What a department's disposal means to verification, by Sampark's outcome. Plain Java: the service does what the plan
 * says, and the table test states it.
 * <ul>
 *   <li>RELIEF: the department says it is fixed; the citizen is asked "is it fixed?" (the department's clock stops).</li>
 *   <li>INTERIM_RELIEF: partly done, the rest promised by a date; the complaint stays with the department, whose clock
 *       now runs to that date ({@link InterimClockRule}), and the citizen is told the reason and the date.</li>
 *   <li>REJECTED, NOT_POSSIBLE, FILED: closed without a fix; the citizen is told the department's reason and may
 *       accept it or appeal (what each answer, or silence, does: {@code AppealRule}).</li>
 *   <li>FALSE_CASE: the department says the complaint itself is false. Never taken on its word: a field verifier goes
 *       first, and the citizen is neither asked nor flagged until the verifier has been (a FALSE verdict is the only
 *       thing that marks a complaint false).</li>
 * </ul>
 */
public final class DisposalRule {
    /** Why a field verifier is sent before anything else happens. */
    public static final String REASON_DEPARTMENT_SAYS_FALSE = "DEPARTMENT_SAYS_FALSE";

    public enum Handling { ASK_CITIZEN, KEEP_OPEN_TO_DATE, OFFER_APPEAL, FIELD_CHECK_FIRST }

    /**
     * @param check       the new check's state
     * @param complaint   the complaint's state afterwards
     * @param citizenKind the {@code complaint.verification-requested} kind the citizen is sent; null: told nothing yet
     * @param clockStops  the department has answered, so its deadline stops; otherwise its clock runs on
     */
    public record Plan(Handling handling, VerificationState check, ComplaintState complaint, String citizenKind,
                       boolean clockStops) {
    }

    private DisposalRule() {
    }

    /**
     * @param current the complaint's state when the report arrives (not closed, not withdrawn: those are not verified)
     */
    public static Plan onReport(DisposalOutcome outcome, ComplaintState current) {
        Objects.requireNonNull(outcome, "outcome");
        return switch (outcome) {
            case RELIEF -> new Plan(Handling.ASK_CITIZEN, VerificationState.AWAITING_CITIZEN, ComplaintState.VERIFYING,
                    VerificationRequested.KIND_REQUEST, true);
            // Still the department's: a reopened complaint stays reopened; one that was being verified (an older
            // report, now replaced) is back with the department.
            case INTERIM_RELIEF -> new Plan(Handling.KEEP_OPEN_TO_DATE, VerificationState.INTERIM,
                    current == ComplaintState.REOPENED ? ComplaintState.REOPENED : ComplaintState.REGISTERED,
                    VerificationRequested.KIND_INTERIM, false);
            case REJECTED, NOT_POSSIBLE, FILED -> new Plan(Handling.OFFER_APPEAL, VerificationState.APPEAL_OFFERED,
                    ComplaintState.VERIFYING, VerificationRequested.KIND_APPEAL_OFFER, true);
            case FALSE_CASE -> new Plan(Handling.FIELD_CHECK_FIRST, VerificationState.FIELD_CHECK_PENDING,
                    ComplaintState.VERIFYING, null, true);
        };
    }
}
