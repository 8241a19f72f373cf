package org.samparksetu.contract.events;

import java.time.Instant;
import java.util.List;

/** The classifier was not sure enough; an operator decides. Written by routing. */
public record ComplaintNeedsTriage(
        String complaintId,
        List<DepartmentSuggestion> suggestions,
        String reason,
        Instant queuedAt) {
}
