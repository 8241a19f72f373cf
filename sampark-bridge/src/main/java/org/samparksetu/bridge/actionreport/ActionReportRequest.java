package org.samparksetu.bridge.actionreport;

/**
 * An action-taken report as a department sends it. {@code outcome} is read as text so that a wrong value
 * gets a message naming the allowed ones instead of a parser error. {@code reportId} is the caller's
 * idempotency key; one is generated when absent.
 */
public record ActionReportRequest(String complaintId, String outcome, String remarks, String officer, String reportId) {
}
