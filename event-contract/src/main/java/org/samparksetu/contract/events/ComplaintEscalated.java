package org.samparksetu.contract.events;

import java.time.Instant;

/** The complaint moved up the officer hierarchy (L1..L4). Written by verification. */
public record ComplaintEscalated(
        String complaintId,
        String departmentCode,
        int fromLevel,
        int toLevel,
        String reason,
        Instant escalatedAt) {
}
