package org.samparksetu.verification.deadline;

import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.EscalationRule;
import org.samparksetu.verification.fieldcheck.FieldCheck;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Duration;
import java.time.Instant;

/**
 * When a clock fires. Plain Java, no framework: "now" is a parameter, so a table test states every case; the
 * scheduler only finds candidates, {@link DeadlineService} asks this rule and acts.
 * <ul>
 *   <li>A complaint with the department (registered or reopened) escalates when its deadline has passed, up to L3
 *       ({@link EscalationRule}).</li>
 *   <li>The officers are reminded once per deadline, within {@code remindBefore} of it and before it passes.</li>
 *   <li>A citizen who has not answered "is it fixed?" is reminded once, when the reminder is due; still silent when
 *       the silence period ends, someone goes and looks.</li>
 *   <li>A field verifier who has not come back by the visit deadline: the check is flagged for the grievance cell.</li>
 *   <li>A flagged check the grievance cell has not reviewed by its review deadline: another verifier goes
 *       ({@code FieldCheckReviewRule#onReviewOverdue}).</li>
 * </ul>
 */
public final class DeadlineRule {
    private DeadlineRule() {
    }

    /** The complaint is with the department and must move up a level because its deadline passed. */
    public static boolean escalates(ComplaintState state, int level, Instant dueAt, Instant now) {
        return state.awaitsDepartment() && dueAt != null && !dueAt.isAfter(now)
                && EscalationRule.onDeadlineMissed(level).isPresent();
    }

    /** The officers are told the deadline is near (once per deadline). */
    public static boolean remindsOfficers(ComplaintState state, Instant dueAt, Instant remindedAt, Duration remindBefore,
                                          Instant now) {
        return state.awaitsDepartment() && dueAt != null && remindedAt == null
                && !dueAt.minus(remindBefore).isAfter(now) && dueAt.isAfter(now);
    }

    /** The citizen is asked "is it fixed?" once more. */
    public static boolean remindsCitizen(VerificationState check, Instant reminderDueAt, Instant remindedAt, Instant now) {
        return check == VerificationState.AWAITING_CITIZEN && remindedAt == null && reminderDueAt != null
                && !reminderDueAt.isAfter(now);
    }

    /** The citizen stayed silent: a field verifier goes and looks. */
    public static boolean silenceSendsFieldCheck(VerificationState check, Instant silenceDueAt, Instant now) {
        return check == VerificationState.AWAITING_CITIZEN && silenceDueAt != null && !silenceDueAt.isAfter(now);
    }

    /** The verifier was due to visit by {@code dueAt} and has not given a verdict. */
    public static boolean visitOverdue(FieldCheck.State state, Instant dueAt, Instant now) {
        return state == FieldCheck.State.ASSIGNED && dueAt != null && !dueAt.isAfter(now);
    }

    /** The grievance cell was due to review the flag by {@code reviewDueAt} and has not. */
    public static boolean reviewOverdue(FieldCheck.State state, Instant reviewDueAt, Instant now) {
        return state == FieldCheck.State.FLAGGED && reviewDueAt != null && !reviewDueAt.isAfter(now);
    }
}
