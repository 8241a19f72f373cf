package org.samparksetu.bridge.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One grievance a complaint has had on the portal; a reopened complaint has several, each linked to the one before. */
@Entity
@Table(name = "portal_grievance")
public class PortalGrievanceRecord {
    @Id
    @Column(name = "grievance_id")
    public String grievanceId;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(name = "previous_grievance_id")
    public String previousGrievanceId;

    @Column(nullable = false)
    public String mode;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
}
