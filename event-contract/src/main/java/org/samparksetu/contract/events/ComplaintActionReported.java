package org.samparksetu.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * A department reported action on a complaint (an action-taken report or a portal disposal).
 * Written by the bridge, exactly once per report, whatever its source.
 *
 * @param outcome one of the Sampark disposal outcomes, see {@link DisposalOutcome}
 * @param source  REST, KAFKA, PORTAL or OPERATOR
 * @param expectedBy for {@code INTERIM_RELIEF}: the date (ISO, {@code 2026-04-15}) by which the department says it
 *                   will finish; null otherwise or when not given
 */
public record ComplaintActionReported(
        String complaintId,
        String reportId,
        String departmentCode,
        String grievanceId,
        DisposalOutcome outcome,
        String remarks,
        String officer,
        String source,
        List<ActionPhoto> photos,
        Instant reportedAt,
        String expectedBy) {

    /** Before {@code expectedBy} was added. */
    public ComplaintActionReported(String complaintId, String reportId, String departmentCode, String grievanceId,
                                   DisposalOutcome outcome, String remarks, String officer, String source,
                                   List<ActionPhoto> photos, Instant reportedAt) {
        this(complaintId, reportId, departmentCode, grievanceId, outcome, remarks, officer, source, photos, reportedAt,
                null);
    }
}
