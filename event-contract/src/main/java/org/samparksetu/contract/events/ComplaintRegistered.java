package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The complaint has a Rajasthan Sampark grievance ID. Written by the bridge.
 *
 * @param grievanceId a digit string of varying length (13–14 seen); never parse it as a number
 * @param mode        API or OPERATOR: how it reached the portal; {@code LINKED} for a complaint of a cluster that was
 *                    not registered on its own but joined to its leader's grievance (one problem, one registration)
 * @param subject     routing's subject within the department (e.g. {@code drinking-water}) or null; verification
 *                    sets time limits per department and subject
 * @param linkedTo    the leading complaint whose grievance this one shares (mode LINKED); null when registered on its
 *                    own. Such a complaint has no clock of its own: it follows its leader to closure
 */
public record ComplaintRegistered(
        String complaintId,
        String departmentCode,
        String grievanceId,
        String mode,
        Instant registeredAt,
        String subject,
        String linkedTo) {

    public static final String MODE_LINKED = "LINKED";

    /** Before {@code linkedTo} was added. */
    public ComplaintRegistered(String complaintId, String departmentCode, String grievanceId, String mode,
                               Instant registeredAt, String subject) {
        this(complaintId, departmentCode, grievanceId, mode, registeredAt, subject, null);
    }

    /** Before {@code subject} was added. */
    public ComplaintRegistered(String complaintId, String departmentCode, String grievanceId, String mode,
                               Instant registeredAt) {
        this(complaintId, departmentCode, grievanceId, mode, registeredAt, null, null);
    }
}
