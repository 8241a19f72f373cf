package org.samparksetu.verification.api;

import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.verification.Verification;

import java.time.Instant;
import java.util.List;

/** What {@code GET /api/complaints/{id}} answers: the complaint as verification sees it, and every check. */
public record ComplaintView(
        String complaintId,
        String departmentCode,
        String grievanceId,
        ComplaintState state,
        int escalationLevel,
        Instant registeredAt,
        Instant stateChangedAt,
        List<VerificationView> verifications) {

    static ComplaintView of(TrackedComplaint c, List<Verification> checks) {
        return new ComplaintView(c.complaintId, c.departmentCode, c.grievanceId, c.state, c.escalationLevel,
                c.registeredAt, c.stateChangedAt, checks.stream().map(VerificationView::of).toList());
    }
}
