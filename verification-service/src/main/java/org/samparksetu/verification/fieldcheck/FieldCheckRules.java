package org.samparksetu.verification.fieldcheck;

import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;
import org.samparksetu.verification.verification.VerificationState;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Field checks: which disposals a field verifier must look at before anyone asks the citizen, and what a verifier's
 * verdict does to the check and the complaint. Plain Java so the rules read on their own. Citizen-driven checks
 * (not fixed, don't know, silence) are sent where they happen, with the reasons named here.
 */
public final class FieldCheckRules {
    public static final String REASON_RISKY_OUTCOME = "RISKY_OUTCOME";
    public static final String REASON_DEPARTMENT_WATCH = "DEPARTMENT_FALSE_CLOSURES";
    public static final String REASON_SAMPLE = "RANDOM_SAMPLE";
    public static final String REASON_CITIZEN_DISPUTED = "CITIZEN_NOT_FIXED";
    public static final String REASON_CITIZEN_UNSURE = "CITIZEN_DONT_KNOW";
    public static final String REASON_NO_ANSWER = "CITIZEN_NO_ANSWER";

    /** Why a complaint is reopened when the verifier finds the fix not real, while the check was open. */
    public static final String REASON_FIELD_NOT_FIXED = "FIELD_CHECK_NOT_FIXED";
    /** ... and after the citizen had confirmed it (perhaps under pressure): the verifier saw otherwise. */
    public static final String REASON_FIELD_NOT_FIXED_AFTER_CLOSURE = "FIELD_CHECK_NOT_FIXED_AFTER_CLOSURE";

    /** The department closed it without fixing anything: exactly where false closures hide. */
    static final Set<DisposalOutcome> RISKY = EnumSet.of(DisposalOutcome.REJECTED, DisposalOutcome.FALSE_CASE,
            DisposalOutcome.NOT_POSSIBLE);

    private FieldCheckRules() {
    }

    /**
     * @param verified      the department's checks with a verdict so far
     * @param falseClosures of which the fix was not real
     */
    public static Optional<String> onDisposal(DisposalOutcome outcome, long verified, long falseClosures,
                                              double threshold, int minVerified, boolean sampled) {
        if (RISKY.contains(outcome)) {
            return Optional.of(REASON_RISKY_OUTCOME);
        }
        if (verified >= minVerified && verified > 0 && (double) falseClosures / verified > threshold) {
            return Optional.of(REASON_DEPARTMENT_WATCH);
        }
        return sampled ? Optional.of(REASON_SAMPLE) : Optional.empty();
    }

    /**
     * What a field verifier's verdict (the evidence taken where the complaint is) does. A citizen's "not fixed" and
     * "don't know" leave the check open (FIELD_CHECK_PENDING) for exactly this verdict: the verifier decides.
     * <ul>
     *   <li>FIXED closes the complaint, if its check is still open (also after the citizen disputed it: the fix is
     *       real, not a false closure); a check already decided stays decided.</li>
     *   <li>NOT_FIXED reopens it one level up as a false closure, if the check is open, or if the citizen had
     *       confirmed the fix and the complaint was closed on their word.</li>
     *   <li>FALSE_COMPLAINT closes the complaint as false, whatever its check says (a closed one stays closed).</li>
     * </ul>
     *
     * @param check           the check's current state
     * @param complaintState  the complaint's current state
     * @param escalationLevel the complaint's current level, 1..4
     */
    public static Decision onVerdict(VerificationState check, ComplaintState complaintState, int escalationLevel,
                                     FieldCheck.Verdict verdict) {
        return switch (verdict) {
            case FIXED -> check.isOpen()
                    ? new Decision(Verdict.CONFIRMED_FIXED, VerificationState.CONFIRMED, ComplaintState.CLOSED,
                    escalationLevel, null)
                    : Decision.nothing(check, complaintState, escalationLevel);
            case NOT_FIXED -> {
                if (check.isOpen()) {
                    yield Decision.disputed(VerificationState.DISPUTED, escalationLevel, REASON_FIELD_NOT_FIXED);
                }
                if (complaintState == ComplaintState.CLOSED && check == VerificationState.CONFIRMED) {
                    yield Decision.disputed(check, escalationLevel, REASON_FIELD_NOT_FIXED_AFTER_CLOSURE);
                }
                yield Decision.nothing(check, complaintState, escalationLevel);
            }
            case FALSE_COMPLAINT -> new Decision(Verdict.FALSE_COMPLAINT,
                    check.isOpen() ? VerificationState.FALSE_COMPLAINT : check, ComplaintState.CLOSED, escalationLevel, null);
        };
    }
}
