package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The complaint has a Rajasthan Sampark grievance ID. Written by the bridge.
 *
 * @param grievanceId a digit string of varying length (13–14 seen); never parse it as a number
 * @param mode        API or OPERATOR: how it reached the portal
 * @param subject     routing's subject within the department (e.g. {@code drinking-water}) or null; verification
 *                    sets time limits per department and subject
 */
public record ComplaintRegistered(
        String complaintId,
        String departmentCode,
        String grievanceId,
        String mode,
        Instant registeredAt,
        String subject) {

    /** Before {@code subject} was added. */
    public ComplaintRegistered(String complaintId, String departmentCode, String grievanceId, String mode,
                               Instant registeredAt) {
        this(complaintId, departmentCode, grievanceId, mode, registeredAt, null);
    }
}
