package org.samparksetu.contract.events;

import java.time.Instant;

/** The complaint is closed after verification, never on a department's word alone. Written by verification. */
public record ComplaintClosed(
        String complaintId,
        String departmentCode,
        String resolution,
        Instant closedAt) {
}
