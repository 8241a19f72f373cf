package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * Something a named officer must know about a complaint in their charge: a new complaint, a deadline close at hand,
 * an escalation to their level, a reopening. Written by routing, which keeps the district's officer directory (who
 * holds which department, level and tehsil); read by notification, which sends the officer a WhatsApp template.
 *
 * @param officerId      the directory's id of the officer
 * @param officerName    name and designation, as the directory has them (for the message and the audit)
 * @param officerWaId    the officer's WhatsApp number, digits with the country code
 * @param departmentCode the department the complaint is with
 * @param level          the escalation level the officer holds for it (1 to 4)
 * @param tehsil         the tehsil of the complaint (the officer's charge), null when not known
 * @param complaintId    the complaint
 * @param kind           {@link #NEW_COMPLAINT}, {@link #DEADLINE_APPROACHING}, {@link #ESCALATED}, {@link #REOPENED} or {@link #TRANSFERRED_IN}
 * @param dueAt          when the department's time runs out, when known
 * @param noticeAt       when routing decided to tell the officer
 */
public record OfficerNotice(
        String officerId,
        String officerName,
        String officerWaId,
        String departmentCode,
        int level,
        String tehsil,
        String complaintId,
        String kind,
        Instant dueAt,
        Instant noticeAt) {

    public static final String NEW_COMPLAINT = "NEW_COMPLAINT";
    public static final String DEADLINE_APPROACHING = "DEADLINE_APPROACHING";
    public static final String ESCALATED = "ESCALATED";
    public static final String REOPENED = "REOPENED";
    public static final String TRANSFERRED_IN = "TRANSFERRED_IN";
}
