package org.samparksetu.bridge.actionreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A department's action-taken report on a registered complaint. The report ID is the idempotency key. */
@Entity
@Table(name = "action_report")
public class ActionReport extends ReportHeader {
    @Column(name = "grievance_id", nullable = false)
    public String grievanceId;

    @Column(nullable = false)
    public String outcome;

    @Column(nullable = false)
    public String remarks;

    @Column(nullable = false)
    public String officer;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    /** JSON array of photos ({url, sha256, location}); null when none. */
    public String photos;
}
