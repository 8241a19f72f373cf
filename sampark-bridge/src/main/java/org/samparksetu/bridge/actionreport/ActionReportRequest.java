package org.samparksetu.bridge.actionreport;

import org.samparksetu.contract.events.ActionPhoto;

import java.util.List;

/**
 * An action-taken report as a department (REST or Kafka) or an operator sends it. {@code outcome} is read as
 * text so that a wrong value gets a message naming the allowed ones instead of a parser error.
 * {@code reportId} is the caller's idempotency key; one is generated when absent (REST only).
 * {@code photos}: optional, each {@code {"url", "sha256"?, "location"?: {"latitude", "longitude"}}}.
 */
public record ActionReportRequest(String complaintId, String outcome, String remarks, String officer, String reportId,
                                  List<ActionPhoto> photos) {

    public ActionReportRequest(String complaintId, String outcome, String remarks, String officer, String reportId) {
        this(complaintId, outcome, remarks, officer, reportId, null);
    }
}
