package org.samparksetu.contract.events;

import java.time.Instant;

/** A reported fix was not real; the complaint goes back to the department one level up. Written by verification. */
public record ComplaintReopened(
        String complaintId,
        String departmentCode,
        String reason,
        int escalationLevel,
        Instant reopenedAt) {
}
