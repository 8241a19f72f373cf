package org.samparksetu.routing.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One decision about a complaint and who made it; rows are only ever added. */
@Entity
@Table(name = "routing_history")
public class RoutingHistory {
    public enum Action { CLASSIFIED, QUEUED_FOR_TRIAGE, ASSIGNED, REROUTED, CLAIMED, WITHDRAWN,
        /** The portal moved it to another department (the bridge's complaint.transferred). */
        TRANSFERRED,
        /** The grievance cell took it out of a cluster it had been wrongly joined to. */
        SPLIT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(name = "previous_department")
    public String previousDepartment;

    public Double confidence;
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public static RoutingHistory of(String complaintId, Action action, String department, String previous,
                                    Double confidence, String reason, String by, Instant at) {
        RoutingHistory h = new RoutingHistory();
        h.complaintId = complaintId;
        h.action = action;
        h.departmentCode = department;
        h.previousDepartment = previous;
        h.confidence = confidence;
        h.reason = reason;
        h.decidedBy = by;
        h.decidedAt = at;
        return h;
    }
}
