package org.samparksetu.bridge.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A complaint its citizen withdrew, one row per complaint. For a complaint already registered on the portal it is
 * also the operator's to-do: close the grievance on the portal (as Filed), then record that here.
 */
@Entity
@Table(name = "complaint_withdrawal")
public class Withdrawal {
    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    @Column(name = "withdrawn_by", nullable = false)
    public String withdrawnBy;

    public String reason;

    @Column(name = "withdrawn_at", nullable = false)
    public Instant withdrawnAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** When the operator closed the grievance on the portal; null while that is still to do. */
    @Column(name = "closed_on_portal_at")
    public Instant closedOnPortalAt;

    @Column(name = "closed_by")
    public String closedBy;
}
