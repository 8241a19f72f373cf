package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * What a department's own system receives on {@code department.<code>.complaints}: what it needs to
 * act, never the citizen's phone number.
 *
 * @param kind                   what happened: {@link #NEW} (null from older producers means the same),
 *                               {@link #TRANSFERRED_IN}, {@link #TRANSFERRED_OUT} (the department no longer holds it
 *                               and may not report on it), {@link #DEADLINE_APPROACHING}, {@link #ESCALATED},
 *                               {@link #REOPENED}
 * @param otherDepartmentCode    for a transfer: the department it came from (in) or went to (out)
 * @param escalationLevel        the level the complaint is at, when known
 */
public record DepartmentComplaint(
        String complaintId,
        String departmentCode,
        String text,
        GeoPoint location,
        String tehsil,
        String block,
        String village,
        Instant routedAt,
        String kind,
        String otherDepartmentCode,
        Integer escalationLevel) {

    public static final String NEW = "NEW";
    public static final String TRANSFERRED_IN = "TRANSFERRED_IN";
    public static final String TRANSFERRED_OUT = "TRANSFERRED_OUT";
    public static final String DEADLINE_APPROACHING = "DEADLINE_APPROACHING";
    public static final String ESCALATED = "ESCALATED";
    public static final String REOPENED = "REOPENED";

    /** Before {@code kind}, {@code otherDepartmentCode} and {@code escalationLevel} were added: a new complaint. */
    public DepartmentComplaint(String complaintId, String departmentCode, String text, GeoPoint location, String tehsil,
                               String block, String village, Instant routedAt) {
        this(complaintId, departmentCode, text, location, tehsil, block, village, routedAt, null, null, null);
    }
}
