package org.samparksetu.routing.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The routing service's record of where a complaint was sent and why. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {
    public enum Outcome { ROUTED, NEEDS_TRIAGE }

    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Outcome outcome;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(nullable = false)
    public double confidence;

    @Column(name = "matched_terms", nullable = false)
    public String matchedTerms;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    public String text;
    public String language;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
