package org.samparksetu.verification.verification;

import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.verification.complaint.ComplaintState;

import java.util.Objects;

/**
 * What a citizen's answer does to a check and to its complaint. Plain Java, no framework, so the rules
 * can be read and tested on their own; the service applies the decision and emits the events.
 */
public final class VerificationDecision {
    /** L4 is the top of the officer hierarchy; a complaint disputed at L4 stays there. */
    public static final int HIGHEST_ESCALATION_LEVEL = 4;

    public enum Verdict {
        /** The citizen says it is fixed: the complaint can be closed. */
        CONFIRMED_FIXED,
        /** The citizen says it is not: reopen one level up. */
        DISPUTED,
        /** The citizen cannot tell: someone has to look; nothing is announced yet. */
        FIELD_CHECK_NEEDED,
        /** The check is no longer waiting for the citizen (already answered, superseded): change nothing. */
        NOT_AWAITING_ANSWER
    }

    /**
     * @param verificationState the check's next state
     * @param complaintState    the complaint's next state
     * @param escalationLevel   the complaint's next level
     */
    public record Decision(Verdict verdict, VerificationState verificationState, ComplaintState complaintState,
                           int escalationLevel) {
        public boolean changesAnything() {
            return verdict != Verdict.NOT_AWAITING_ANSWER;
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
            return new Decision(Verdict.NOT_AWAITING_ANSWER, check, complaintState, escalationLevel);
        }
        return switch (answer) {
            case FIXED -> new Decision(Verdict.CONFIRMED_FIXED, VerificationState.CONFIRMED,
                    ComplaintState.CLOSED, escalationLevel);
            case NOT_FIXED -> new Decision(Verdict.DISPUTED, VerificationState.DISPUTED,
                    ComplaintState.REOPENED, oneLevelUp(escalationLevel));
            // The complaint stays VERIFYING: it is neither confirmed nor disputed until someone has looked.
            case DONT_KNOW -> new Decision(Verdict.FIELD_CHECK_NEEDED, VerificationState.FIELD_CHECK_PENDING,
                    complaintState, escalationLevel);
        };
    }

    public static int oneLevelUp(int level) {
        return Math.min(Math.max(level, 1) + 1, HIGHEST_ESCALATION_LEVEL);
    }
}
