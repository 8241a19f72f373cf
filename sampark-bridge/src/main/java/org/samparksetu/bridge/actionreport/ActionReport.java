package org.samparksetu.bridge.actionreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A department's action-taken report on a registered complaint. The report ID is the idempotency key. */
@Entity
@Table(name = "action_report")
public class ActionReport {
    @Id
    @Column(name = "report_id")
    public String reportId;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(name = "grievance_id", nullable = false)
    public String grievanceId;

    @Column(nullable = false)
    public String outcome;

    @Column(nullable = false)
    public String remarks;

    @Column(nullable = false)
    public String officer;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(nullable = false)
    public String source;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    /** JSON array of photos ({url, sha256, location}); null when none. */
    public String photos;
}
