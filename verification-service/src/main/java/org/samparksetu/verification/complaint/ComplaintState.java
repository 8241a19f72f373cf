package org.samparksetu.verification.complaint;

/**
 * WITHDRAWN: the citizen withdrew it; final, like CLOSED, and no clock runs.
 * Where a complaint stands as far as verification is concerned; the later part of the lifecycle in
 * DESIGN.md. ESCALATED is not a state of its own here: the escalation level is kept beside the state.
 */
public enum ComplaintState {
    REGISTERED, ACTION_REPORTED, VERIFYING, REOPENED, CLOSED, WITHDRAWN;

    /** The department must act while the complaint is registered or reopened; that is when clocks run. */
    public boolean awaitsDepartment() {
        return this == REGISTERED || this == REOPENED;
    }
}
