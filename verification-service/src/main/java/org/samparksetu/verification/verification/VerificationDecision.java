package org.samparksetu.verification.verification;

import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.EscalationRule;

import java.util.Objects;

/**
 * What a citizen's answer, or their silence, does to a check and to its complaint. Plain Java, no framework, so the
 * rules can be read and tested on their own; {@link VerificationOutcomes#apply} moves the check and the complaint to
 * exactly the states and level decided here and emits the events. A field verifier's verdict is decided in the same
 * terms by {@code FieldCheckRules#onVerdict}.
 */
public final class VerificationDecision {
    public enum Verdict {
        /** The fix is real: the complaint is closed. */
        CONFIRMED_FIXED,
        /** The fix is not real (a field verifier saw it): reopen one level up. */
        DISPUTED,
        /**
         * The citizen says the fix is not real: they are asked why (and for a photo) and someone goes to look; the
         * complaint waits for the verifier's verdict, nothing is announced yet. A citizen's word alone neither reopens
         * nor counts a false closure: a fix that is real must be able to close.
         */
        CITIZEN_DISPUTED,
        /** The citizen cannot tell: someone has to look; nothing is announced yet. */
        FIELD_CHECK_NEEDED,
        /** A field verifier found the complaint itself false: it is closed as such. */
        FALSE_COMPLAINT,
        /**
         * The department's disposal (Rejected, Not Possible, Filed) stands, accepted by the citizen or unanswered: the
         * complaint is closed as disposed. No verdict on a fix, so nothing is announced as verified.
         */
        DISPOSAL_STANDS,
        /**
         * The citizen appealed a disposal and it goes one level up, as a reopening; not a false closure (the department
         * did not claim a fix).
         */
        APPEALED,
        /** The check is no longer waiting for this (already answered, superseded): change nothing. */
        NOTHING_TO_CHANGE
    }

    /**
     * @param verificationState the check's next state
     * @param complaintState    the complaint's next state
     * @param escalationLevel   the complaint's next level
     * @param reopenReason      why the complaint is reopened (announced on complaint.reopened); null unless DISPUTED
     *                          or APPEALED
     */
    public record Decision(Verdict verdict, VerificationState verificationState, ComplaintState complaintState,
                           int escalationLevel, String reopenReason) {
        public boolean changesAnything() {
            return verdict != Verdict.NOTHING_TO_CHANGE;
        }

        /** Nothing changes: the check and the complaint stay as they are. */
        public static Decision nothing(VerificationState check, ComplaintState complaint, int level) {
            return new Decision(Verdict.NOTHING_TO_CHANGE, check, complaint, level, null);
        }

        /** The fix is not real: the complaint goes back to the department one level up. */
        public static Decision disputed(VerificationState next, int level, String reason) {
            return new Decision(Verdict.DISPUTED, next, ComplaintState.REOPENED, EscalationRule.oneLevelUp(level), reason);
        }
    }

    private VerificationDecision() {
    }

    /**
     * @param check           the check's current state
     * @param complaintState  the complaint's current state
     * @param escalationLevel the complaint's current level, 1..4
     * @param answer          what the citizen tapped
     */
    public static Decision onCitizenAnswer(VerificationState check, ComplaintState complaintState, int escalationLevel,
                                           VerificationAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        if (check != VerificationState.AWAITING_CITIZEN) {
            // Only the first answer counts: a second tap on an old message must not undo a closure or a reopen.
            return Decision.nothing(check, complaintState, escalationLevel);
        }
        return switch (answer) {
            case FIXED -> new Decision(Verdict.CONFIRMED_FIXED, VerificationState.CONFIRMED,
                    ComplaintState.CLOSED, escalationLevel, null);
            case NOT_FIXED -> new Decision(Verdict.CITIZEN_DISPUTED, VerificationState.FIELD_CHECK_PENDING,
                    complaintState, escalationLevel, null);
            case DONT_KNOW -> someoneLooks(complaintState, escalationLevel);
        };
    }

    /**
     * The citizen did not answer by the end of the silence period ({@code DeadlineRule} says when): as with "don't
     * know", someone goes and looks. A check no longer waiting for the citizen is left as it is.
     */
    public static Decision onSilence(VerificationState check, ComplaintState complaintState, int escalationLevel) {
        if (check != VerificationState.AWAITING_CITIZEN) {
            return Decision.nothing(check, complaintState, escalationLevel);
        }
        return someoneLooks(complaintState, escalationLevel);
    }

    /** The complaint stays as it is (verifying): it is neither confirmed nor disputed until someone has looked. */
    private static Decision someoneLooks(ComplaintState complaintState, int escalationLevel) {
        return new Decision(Verdict.FIELD_CHECK_NEEDED, VerificationState.FIELD_CHECK_PENDING, complaintState,
                escalationLevel, null);
    }
}
