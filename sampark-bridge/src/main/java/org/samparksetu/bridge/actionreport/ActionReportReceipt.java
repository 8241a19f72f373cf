package org.samparksetu.bridge.actionreport;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The answer to a filed report; a repeated report gets the same receipt with {@code replay} set. */
public record ActionReportReceipt(String reportId, String complaintId, String grievanceId, @JsonIgnore boolean replay) {
}
