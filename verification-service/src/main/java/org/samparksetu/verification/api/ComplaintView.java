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
        String subject,
        Instant closedAt,
        int closures,
        Integer rating,
        List<RatingSummary> ratings,
        int transfers,
        String previousDepartmentCode,
        Instant transferredAt) {

    /** A rating or request to reopen from the citizen, and what it did. */
    public record RatingSummary(Integer closure, Integer rating, boolean counted, boolean reopened, String refusal,
                                Instant ratedAt) {
    }

    public record FieldCheckSummary(java.util.UUID fieldCheckId, String reason, String verifier, String state,
                                    String verdict, Double distanceMetres, String flagReason) {
    }

    static ComplaintView of(TrackedComplaint c, List<Verification> checks,
                            List<org.samparksetu.verification.fieldcheck.FieldCheck> visits) {
        return of(c, checks, visits, List.of());
    }

    static ComplaintView of(TrackedComplaint c, List<Verification> checks,
                            List<org.samparksetu.verification.fieldcheck.FieldCheck> visits,
                            List<org.samparksetu.verification.rating.CitizenRating> ratings) {
        return new ComplaintView(c.complaintId, c.departmentCode, c.grievanceId, c.state, c.escalationLevel,
                c.registeredAt, c.stateChangedAt, checks.stream().map(VerificationView::of).toList(), c.dueAt,
                c.resolution, c.markedFalse, c.interimReason, c.interimExpectedBy,
                visits.stream().map(f -> new FieldCheckSummary(f.id, f.reason, f.verifier, f.state.name(),
                        f.verdict == null ? null : f.verdict.name(), f.distanceMetres, f.flagReason)).toList(),
                c.subject, c.closedAt, c.closures, c.rating,
                ratings.stream().map(r -> new RatingSummary(r.closure, r.rating, r.counted, r.reopened, r.refusal,
                        r.ratedAt)).toList(),
                c.transfers, c.previousDepartmentCode, c.transferredAt);
    }
}
