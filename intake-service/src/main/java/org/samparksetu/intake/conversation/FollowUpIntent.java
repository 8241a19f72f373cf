package org.samparksetu.intake.conversation;

/** What a citizen's message after the complaint window means. */
public enum FollowUpIntent {
    /** A typed "yes, fixed" to our "is it fixed?". */
    VERIFY_FIXED,
    /** A typed "no, not fixed" to our "is it fixed?". */
    VERIFY_NOT_FIXED,
    /** A typed "don't know" to our "is it fixed?". */
    VERIFY_DONT_KNOW,
    /** Where does my complaint stand? */
    STATUS,
    /** Nothing has happened yet, please hurry: answered like a status question. */
    REMINDER,
    /** More about the open complaint ("aur ek baat…", an address, a number). */
    ADDITION,
    /** A rating (1–5) of a closed complaint. */
    RATING,
    /** Please reopen the closed complaint ("phir se kholo"). */
    REOPEN,
    /** A new problem: filed as a complaint. */
    NEW_COMPLAINT,
    /** Could be new, could be about an open complaint: ask. */
    AMBIGUOUS,
    /** Only thanks or "ok": nothing to act on, and certainly not a complaint. */
    THANKS
}
