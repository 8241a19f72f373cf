package org.samparksetu.verification.fieldcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A visit by a field verifier to see whether a reported fix is real, with the evidence they bring back. */
@Entity
@Table(name = "field_check")
public class FieldCheck {
    /**
     * ASSIGNED until the verdict or the visit deadline; FLAGGED (evidence that proves nothing, or no visit in time)
     * until the grievance cell reviews it or its review deadline passes; SET_ASIDE once another check replaced it.
     */
    public enum State { ASSIGNED, PASSED, FAILED, FALSE_COMPLAINT, FLAGGED, CANCELLED, SET_ASIDE }

    /** What became of a flagged check. */
    public enum Review { ACCEPTED, REDONE, REASSIGNED, REVIEW_OVERDUE }

    public enum Verdict { FIXED, NOT_FIXED, FALSE_COMPLAINT }

    @Id
    public UUID id;
    @Column(name = "complaint_id", nullable = false)
    public String complaintId;
    @Column(name = "verification_id", nullable = false)
    public UUID verificationId;
    @Column(name = "department_code")
    public String departmentCode;
    /** Why it was sent: see {@link FieldCheckRules}. */
    @Column(nullable = false)
    public String reason;
    @Column(nullable = false)
    public String verifier;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    public String remarks;
    public byte[] photo;
    @Column(name = "photo_type")
    public String photoType;
    @Column(name = "photo_sha256")
    public String photoSha256;
    @Column(name = "photo_latitude")
    public Double photoLatitude;
    @Column(name = "photo_longitude")
    public Double photoLongitude;
    @Column(name = "device_latitude")
    public Double deviceLatitude;
    @Column(name = "device_longitude")
    public Double deviceLongitude;
    @Column(name = "distance_metres")
    public Double distanceMetres;
    @Column(name = "flag_reason")
    public String flagReason;
    @Column(name = "completed_at")
    public Instant completedAt;

    /** The complaint's tehsil when the verifier was chosen. */
    public String tehsil;
    @Column(name = "district_wide", nullable = false)
    public boolean districtWide;
    /** Why a district-wide verifier went; null when the tehsil's own did. */
    @Column(name = "assignment_note")
    public String assignmentNote;
    /** The visit is due by then; afterwards the check is flagged VISIT_OVERDUE. */
    @Column(name = "due_at")
    public Instant dueAt;
    /** See {@link PlaceRadiusRule.Basis}. */
    @Column(name = "compared_with")
    public String comparedWith;
    @Column(name = "radius_metres")
    public Double radiusMetres;
    /** A flagged check is reviewed by then; afterwards it goes to another verifier. */
    @Column(name = "review_due_at")
    public Instant reviewDueAt;
    @Enumerated(EnumType.STRING)
    public Review review;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "review_note")
    public String reviewNote;
    /** The flagged check this one was sent to do again. */
    public UUID replaces;
    @Column(name = "replaced_by")
    public UUID replacedBy;
}
