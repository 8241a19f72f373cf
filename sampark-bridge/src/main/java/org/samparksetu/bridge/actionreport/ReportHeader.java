package org.samparksetu.bridge.actionreport;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What a filed report and a held one have in common: which report (its ID is the idempotency key), on which
 * complaint, for which department, from which source and by whom. Each table keeps these columns of its own.
 */
@MappedSuperclass
public abstract class ReportHeader {
    @Id
    @Column(name = "report_id")
    public String reportId;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(nullable = false)
    public String source;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
}
