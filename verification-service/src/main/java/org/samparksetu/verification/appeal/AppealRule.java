package org.samparksetu.verification.appeal;

import org.samparksetu.contract.ReplyIds.DisposalAnswer;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.EscalationRule;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Instant;
import java.util.Objects;

/**
 * What the citizen's answer to an appeal offer, or their silence, does. The department disposed of the complaint
 * without fixing it (Rejected, Not Possible, Filed) and the citizen was told its reason. Plain Java: time and the sample
 * are parameters; {@code VerificationOutcomes} applies the decision.
 * <ul>
 *   <li>ACCEPT: the disposal stands; the complaint is closed naming it ({@code DISPOSED_REJECTED}, ...).</li>
 *   <li>APPEAL against Rejected or Filed: the department disputes the grievance itself, so a field verifier goes to see
 *       whether the problem is there. Their verdict decides as for any check: not fixed reopens one level up (and
 *       counts against the department), fixed closes, false closes as false.</li>
 *   <li>APPEAL against Not Possible: the department agrees the problem is real but says it cannot act; a visit would
 *       only confirm that. It goes straight to the next level's officer (reopened one level up, reason
 *       {@link #REASON_CITIZEN_APPEALED}), who has the powers or budget the first did not; not a false closure.</li>
 *   <li>Silence for the appeal period: closed as disposed, unless the random sample picks it, in which case a field
 *       verifier looks first (a department must not be able to dispose of complaints unseen because citizens do not
 *       answer).</li>
 *   <li>An answer or silence about a check no longer offering an appeal (answered, withdrawn, replaced) changes
 *       nothing.</li>
 * </ul>
 */
public final class AppealRule {
    /** Why a complaint is reopened when the citizen appeals a Not Possible disposal. */
    public static final String REASON_CITIZEN_APPEALED = "CITIZEN_APPEALED";
    /** Why a field verifier is sent after an appeal. */
    public static final String FIELD_CHECK_APPEAL = "CITIZEN_APPEALED";
    /** Why a field verifier is sent to an unanswered disposal. */
    public static final String FIELD_CHECK_UNANSWERED_SAMPLE = "APPEAL_UNANSWERED_SAMPLE";

    private AppealRule() {
    }

    public static Decision onAnswer(VerificationState check, ComplaintState complaint, int level,
                                    DisposalOutcome outcome, DisposalAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        if (check != VerificationState.APPEAL_OFFERED) {
            return Decision.nothing(check, complaint, level);
        }
        if (answer == DisposalAnswer.ACCEPT) {
            return stands(VerificationState.DISPOSAL_ACCEPTED, level);
        }
        if (outcome == DisposalOutcome.NOT_POSSIBLE) {
            return new Decision(Verdict.APPEALED, VerificationState.APPEALED, ComplaintState.REOPENED,
                    EscalationRule.oneLevelUp(level), REASON_CITIZEN_APPEALED);
        }
        return someoneLooks(complaint, level);
    }

    /**
     * @param silenceDueAt when the appeal period ends
     * @param sampled      the random field-check sample picked this report
     */
    public static Decision onSilence(VerificationState check, ComplaintState complaint, int level,
                                     Instant silenceDueAt, Instant now, boolean sampled) {
        if (check != VerificationState.APPEAL_OFFERED || silenceDueAt == null || silenceDueAt.isAfter(now)) {
            return Decision.nothing(check, complaint, level);
        }
        return sampled ? someoneLooks(complaint, level) : stands(VerificationState.DISPOSAL_UNANSWERED, level);
    }

    private static Decision stands(VerificationState check, int level) {
        return new Decision(Verdict.DISPOSAL_STANDS, check, ComplaintState.CLOSED, level, null);
    }

    /** The complaint stays as it is (verifying) until the verifier has been. */
    private static Decision someoneLooks(ComplaintState complaint, int level) {
        return new Decision(Verdict.FIELD_CHECK_NEEDED, VerificationState.FIELD_CHECK_PENDING, complaint, level, null);
    }
}
