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
        List<VerificationView> verifications,
        Instant dueAt,
        String resolution,
        boolean markedFalse,
        String interimReason,
        java.time.LocalDate interimExpectedBy,
        List<FieldCheckSummary> fieldChecks,
        String subject) {

    public record FieldCheckSummary(java.util.UUID fieldCheckId, String reason, String verifier, String state,
                                    String verdict, Double distanceMetres, String flagReason) {
    }

    static ComplaintView of(TrackedComplaint c, List<Verification> checks,
                            List<org.samparksetu.verification.fieldcheck.FieldCheck> visits) {
        return new ComplaintView(c.complaintId, c.departmentCode, c.grievanceId, c.state, c.escalationLevel,
                c.registeredAt, c.stateChangedAt, checks.stream().map(VerificationView::of).toList(), c.dueAt,
                c.resolution, c.markedFalse, c.interimReason, c.interimExpectedBy,
                visits.stream().map(f -> new FieldCheckSummary(f.id, f.reason, f.verifier, f.state.name(),
                        f.verdict == null ? null : f.verdict.name(), f.distanceMetres, f.flagReason)).toList(),
                c.subject);
    }
}
