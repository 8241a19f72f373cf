package org.samparksetu.verification.fieldcheck;

import org.samparksetu.contract.events.DisposalOutcome;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which disposals a field verifier must look at, before anyone asks the citizen. Plain Java so the rules
 * read on their own. Citizen-driven checks (not fixed, don't know, silence) are decided where they happen.
 */
public final class FieldCheckRules {
    public static final String REASON_RISKY_OUTCOME = "RISKY_OUTCOME";
    public static final String REASON_DEPARTMENT_WATCH = "DEPARTMENT_FALSE_CLOSURES";
    public static final String REASON_SAMPLE = "RANDOM_SAMPLE";
    public static final String REASON_CITIZEN_DISPUTED = "CITIZEN_NOT_FIXED";
    public static final String REASON_CITIZEN_UNSURE = "CITIZEN_DONT_KNOW";
    public static final String REASON_NO_ANSWER = "CITIZEN_NO_ANSWER";

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
}
