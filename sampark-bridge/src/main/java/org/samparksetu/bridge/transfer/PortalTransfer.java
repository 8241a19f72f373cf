package org.samparksetu.bridge.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One move of a registered complaint's grievance to another department on the portal. PENDING while the portal still
 * shows {@code fromDepartment}; DONE once the move is made (by the bridge's call or the operator's hand) and
 * {@code complaint.transferred} emitted; CANCELLED when it no longer needs making.
 */
@Entity
@Table(name = "portal_transfer")
public class PortalTransfer {
    public enum State { PENDING, DONE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(name = "grievance_id", nullable = false)
    public String grievanceId;

    @Column(name = "from_department", nullable = false)
    public String fromDepartment;

    @Column(name = "to_department", nullable = false)
    public String toDepartment;

    /** API or OPERATOR. */
    @Column(name = "entry_mode", nullable = false)
    public String entryMode;

    @Column(nullable = false)
    public String reason;

    /** The complaint's transfer count, this move included. */
    @Column(nullable = false)
    public int transfers;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_by")
    public String doneBy;
}
