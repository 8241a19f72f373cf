package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * What a department's own system receives on {@code department.<code>.complaints}: what it needs to
 * act, never the citizen's phone number.
 */
public record DepartmentComplaint(
        String complaintId,
        String departmentCode,
        String text,
        GeoPoint location,
        String tehsil,
        String block,
        String village,
        Instant routedAt) {
}
