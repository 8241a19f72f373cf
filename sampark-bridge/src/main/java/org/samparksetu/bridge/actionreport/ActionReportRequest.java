package org.samparksetu.bridge.actionreport;

import org.samparksetu.contract.events.ActionPhoto;

import java.util.List;

/**
 * An action-taken report as a department (REST or Kafka) or an operator sends it. {@code outcome} is read as
 * text so that a wrong value gets a message naming the allowed ones instead of a parser error.
 * {@code reportId} is the caller's idempotency key; one is generated when absent (REST only).
 * {@code photos}: optional, each {@code {"url", "sha256"?, "location"?: {"latitude", "longitude"}}}.
 * {@code expectedBy}: optional, for INTERIM_RELIEF only: the date (ISO, {@code 2026-04-15}) by which the department
 * says the rest will be done; verification holds it to that date and the citizen is told it.
 */
public record ActionReportRequest(String complaintId, String outcome, String remarks, String officer, String reportId,
                                  List<ActionPhoto> photos, String expectedBy) {

    public ActionReportRequest(String complaintId, String outcome, String remarks, String officer, String reportId,
                               List<ActionPhoto> photos) {
        this(complaintId, outcome, remarks, officer, reportId, photos, null);
    }

    public ActionReportRequest(String complaintId, String outcome, String remarks, String officer, String reportId) {
        this(complaintId, outcome, remarks, officer, reportId, null, null);
    }
}
