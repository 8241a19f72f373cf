package org.samparksetu.verification.verification;

/**
 * The life of one check of one reported fix. AWAITING_CITIZEN and FIELD_CHECK_PENDING are open (at most
 * one per complaint); the others are final.
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
    WITHDRAWN;

    public boolean isOpen() {
        return this == AWAITING_CITIZEN || this == FIELD_CHECK_PENDING;
    }
}
