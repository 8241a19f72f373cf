package org.samparksetu.verification.api;

import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.verification.Verification;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/complaints/{id}} answers: the complaint as verification sees it, and every check. {@code tehsil}
 * is routing's tehsil of the complaint's place (null while routing has not placed it), so the collector's pendency can
 * be counted by tehsil.
 */
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
        Instant transferredAt,
        String tehsil) {

    /** A rating or request to reopen from the citizen, and what it did. */
    public record RatingSummary(Integer closure, Integer rating, boolean counted, boolean reopened, String refusal,
                                Instant ratedAt) {
    }

    /**
     * A field check: who went (and, for a district-wide verifier, why), by when, what the evidence was compared with,
     * and for a flagged check its review; {@code replaces} / {@code replacedBy} link a check sent again to the one
     * set aside.
     */
    public record FieldCheckSummary(java.util.UUID fieldCheckId, String reason, String verifier, String state,
                                    String verdict, Double distanceMetres, String flagReason, String tehsil,
                                    boolean districtWide, String assignmentNote, Instant dueAt, String comparedWith,
                                    Double radiusMetres, Instant reviewDueAt, String review, String reviewedBy,
                                    String reviewNote, java.util.UUID replaces, java.util.UUID replacedBy) {
        static FieldCheckSummary of(org.samparksetu.verification.fieldcheck.FieldCheck f) {
            return new FieldCheckSummary(f.id, f.reason, f.verifier, f.state.name(),
                    f.verdict == null ? null : f.verdict.name(), f.distanceMetres, f.flagReason, f.tehsil,
                    f.districtWide, f.assignmentNote, f.dueAt, f.comparedWith, f.radiusMetres, f.reviewDueAt,
                    f.review == null ? null : f.review.name(), f.reviewedBy, f.reviewNote, f.replaces, f.replacedBy);
        }
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
                visits.stream().map(FieldCheckSummary::of).toList(),
                c.subject, c.closedAt, c.closures, c.rating,
                ratings.stream().map(r -> new RatingSummary(r.closure, r.rating, r.counted, r.reopened, r.refusal,
                        r.ratedAt)).toList(),
                c.transfers, c.previousDepartmentCode, c.transferredAt, null);
    }

    /** The same with the complaint's tehsil. */
    ComplaintView withTehsil(String placeTehsil) {
        return new ComplaintView(complaintId, departmentCode, grievanceId, state, escalationLevel, registeredAt,
                stateChangedAt, verifications, dueAt, resolution, markedFalse, interimReason, interimExpectedBy,
                fieldChecks, subject, closedAt, closures, rating, ratings, transfers, previousDepartmentCode,
                transferredAt, placeTehsil);
    }
}
