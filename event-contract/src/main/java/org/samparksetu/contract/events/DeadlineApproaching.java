package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * A reminder to the department's officers: the complaint is due soon at its current level and will be
 * escalated if nothing is reported by {@code dueAt}. Written by verification; not a citizen message.
 */
public record DeadlineApproaching(
        String complaintId,
        String departmentCode,
        int escalationLevel,
        Instant dueAt,
        Instant remindedAt) {
}
