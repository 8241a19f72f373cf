package org.samparksetu.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * A department reported action on a complaint (an action-taken report or a portal disposal).
 * Written by the bridge, exactly once per report, whatever its source.
 *
 * @param outcome one of the Sampark disposal outcomes, see {@link DisposalOutcome}
 * @param source  REST, KAFKA, PORTAL or OPERATOR
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
        Instant reportedAt) {
}
