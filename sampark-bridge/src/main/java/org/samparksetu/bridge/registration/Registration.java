package org.samparksetu.bridge.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A complaint's registration on Rajasthan Sampark: what the portal needs, where the attempt stands, and
 * the grievance ID once there is one. The complaint ID is the key, so a complaint has at most one.
 */
@Entity
@Table(name = "registration")
public class Registration {
    /**
     * WITHDRAWN: the citizen withdrew it before it was registered; it is never sent to the portal. LINKED: another
     * report of the same problem at the same place (a cluster's member): never registered itself, it shares the
     * grievance of its leader ({@link #leaderComplaintId}).
     */
    public enum State { PENDING, REGISTERED, WITHDRAWN, LINKED }

    public static final String ENTRY_API = "API";
    public static final String ENTRY_OPERATOR = "OPERATOR";

    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String description;

    @Column(name = "contact_number")
    public String contactNumber;

    @Column(nullable = false)
    public String district;

    public String tehsil;
    public String block;
    public String village;
    public Double latitude;
    public Double longitude;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public State state;

    /** API or OPERATOR, once registered. */
    public String mode;

    /** A digit string; never a number. */
    @Column(name = "grievance_id")
    public String grievanceId;

    /**
     * True while a registration request may have reached the portal without its answer reaching us. Set
     * before every send (so a crash mid-call is covered too) and cleared only when we know the outcome.
     */
    @Column(nullable = false)
    public boolean ambiguous;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "routed_at")
    public Instant routedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** API (the registrar sends it) or OPERATOR (a person enters it on the portal); per district by configuration. */
    @Column(name = "entry_mode", nullable = false)
    public String entryMode = ENTRY_API;

    /** While a reopened complaint waits to be registered again: the grievance the new one is linked to. */
    @Column(name = "previous_grievance_id")
    public String previousGrievanceId;

    /** Since when it has been waiting for (re-)registration. */
    @Column(name = "queued_at")
    public Instant queuedAt;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    /** The last status the portal showed for the current grievance (API mode polling). */
    @Column(name = "portal_status")
    public String portalStatus;

    @Column(name = "portal_updated_at")
    public Instant portalUpdatedAt;

    /** Routing's subject within the department (e.g. {@code handpump}); null when routing could not tell. */
    @Column(name = "subject_code")
    public String subjectCode;

    /** Ward in a town, when known. */
    public String ward;

    /** Gram panchayat of a village, when known. */
    @Column(name = "gram_panchayat")
    public String gramPanchayat;

    /** The highest re-route count {@code complaint.routed} carried; an older decision published again moves nothing. */
    @Column(name = "routed_transfers", nullable = false)
    public int routedTransfers;

    /** A LINKED complaint's cluster leader, whose grievance it shares; null for a complaint registered on its own. */
    @Column(name = "leader_complaint_id")
    public String leaderComplaintId;

    /** Content hashes of the complaint's photos / voice notes / documents, comma separated; empty when none. */
    @Column(name = "media_ids", nullable = false)
    public String mediaIds = "";

    /**
     * What goes in the portal's subject field: routing's subject code when it had one (the portal's subject is a
     * category within the department), else the complaint's first line so the field still says what it is about.
     */
    public String portalSubject() {
        return subjectCode != null ? subjectCode : subject;
    }

    public java.util.List<String> mediaIdList() {
        return mediaIds == null || mediaIds.isBlank() ? java.util.List.of() : java.util.List.of(mediaIds.split(","));
    }
}
