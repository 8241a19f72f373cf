package org.samparksetu.verification.verification;

/**
 * The life of one check of one action report. AWAITING_CITIZEN, FIELD_CHECK_PENDING and APPEAL_OFFERED are open (at
 * most one per complaint); the others are final.
 */
public enum VerificationState {
    /** The citizen has been asked "is it fixed?" and has not answered. */
    AWAITING_CITIZEN,
    /** The citizen could not tell; someone has to go and look (field checks come later). */
    FIELD_CHECK_PENDING,
    /** The fix is real. */
    CONFIRMED,
    /** The fix is not real. */
    DISPUTED,
    /** A newer action report replaced this one before it was answered. */
    SUPERSEDED,
    /** A field check found that the complaint itself was false. */
    FALSE_COMPLAINT,
    /** The citizen withdrew the complaint: no longer waited for, or (a report that came afterwards) never asked. */
    WITHDRAWN,
    /**
     * The department disposed of the complaint without fixing it (Rejected, Not Possible, Filed): the citizen was told
     * its reason and may accept it or appeal.
     */
    APPEAL_OFFERED,
    /** The citizen accepted the department's disposal: the complaint closed as disposed. */
    DISPOSAL_ACCEPTED,
    /** The citizen neither accepted nor appealed within the appeal period and it was not sampled: closed as disposed. */
    DISPOSAL_UNANSWERED,
    /** The citizen appealed a disposal the department cannot carry out (Not Possible): it went one level up. */
    APPEALED,
    /** Interim relief with a date: the complaint stayed with the department; nothing to ask the citizen. */
    INTERIM,
    /** The complaint moved to another department before this report of the old one was decided. */
    TRANSFERRED;

    public boolean isOpen() {
        return this == AWAITING_CITIZEN || this == FIELD_CHECK_PENDING || this == APPEAL_OFFERED;
    }
}
