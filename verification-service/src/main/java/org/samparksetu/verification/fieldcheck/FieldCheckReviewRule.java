package org.samparksetu.verification.fieldcheck;

import java.time.Instant;
import java.util.Optional;

/**
 * What the grievance cell may do with a flagged field check, and what happens when nobody does. Plain Java.
 * <ul>
 *   <li>A check is flagged when its evidence proves nothing (no location, too far from the place, a complaint with no
 *       point to compare with) or when its verifier did not visit by the deadline ({@code VISIT_OVERDUE}, no verdict).
 *       A flag changes nothing about the complaint until it is reviewed.</li>
 *   <li>ACCEPT: the grievance cell vouches for the evidence (the dhani is 5 km from the village's centroid); the
 *       verdict takes effect as if it had not been flagged. Only a check with a verdict can be accepted.</li>
 *   <li>REDO: the same verifier goes again; REASSIGN: another verifier goes. The flagged check is set aside (its
 *       evidence kept) and a new one, with a new visit deadline, takes its place.</li>
 *   <li>Only a FLAGGED check is reviewed: one already reviewed, decided or cancelled is not (409).</li>
 *   <li>When the review deadline passes unreviewed, the flag never takes effect on its own: another verifier is sent
 *       (a second pair of eyes), or the same one when nobody else can go. The new check has its own deadlines, so a
 *       complaint waiting for a field check always has a clock running.</li>
 * </ul>
 */
public final class FieldCheckReviewRule {
    public static final String VISIT_OVERDUE = "VISIT_OVERDUE";

    public enum Action { ACCEPT, REDO, REASSIGN }

    private FieldCheckReviewRule() {
    }

    /** Why the grievance cell cannot take this action on the check (a conflict), or empty when it can. */
    public static Optional<String> refusal(FieldCheck.State state, FieldCheck.Verdict verdict, Action action) {
        if (state != FieldCheck.State.FLAGGED) {
            return Optional.of("Only a flagged field check is reviewed; this one is " + state + ".");
        }
        if (action == Action.ACCEPT && verdict == null) {
            return Optional.of("There is no verdict to accept: the verifier did not visit in time. Redo or reassign it.");
        }
        return Optional.empty();
    }

    /** The review deadline passed and nobody reviewed the flag. */
    public static Action onReviewOverdue(boolean anotherVerifierCanGo) {
        return anotherVerifierCanGo ? Action.REASSIGN : Action.REDO;
    }

    /** The flag of a check whose verifier did not come back by the deadline. */
    public static String visitOverdueFlag(Instant dueAt) {
        return VISIT_OVERDUE + ": no verdict by " + dueAt;
    }

    /** Where a check stands once its verdict takes effect. */
    public static FieldCheck.State stateFor(FieldCheck.Verdict verdict) {
        return switch (verdict) {
            case FIXED -> FieldCheck.State.PASSED;
            case NOT_FIXED -> FieldCheck.State.FAILED;
            case FALSE_COMPLAINT -> FieldCheck.State.FALSE_COMPLAINT;
        };
    }
}
