package org.samparksetu.bridge.actionreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A department's report on a complaint routed to it that has no grievance ID yet. Applied (and deleted) in the
 * transaction that registers the complaint. The report ID is the key, so a redelivered report is held once.
 */
@Entity
@Table(name = "held_action_report")
public class HeldActionReport extends ReportHeader {
    /** The {@link ActionReportRequest} as JSON, as it was received. */
    @Column(nullable = false)
    public String request;

    @Column(name = "held_at", nullable = false)
    public Instant heldAt;
}
