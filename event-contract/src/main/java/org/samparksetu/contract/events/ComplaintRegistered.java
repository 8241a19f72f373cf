package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The complaint has a Rajasthan Sampark grievance ID. Written by the bridge.
 *
 * @param grievanceId a digit string of varying length (13–14 seen); never parse it as a number
 * @param mode        API or OPERATOR: how it reached the portal
 */
public record ComplaintRegistered(
        String complaintId,
        String departmentCode,
        String grievanceId,
        String mode,
        Instant registeredAt) {
}
