package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The department cannot act yet and says why and by when: recorded by verification and shown to the
 * citizen (the notification service sends it).
 *
 * @param expectedBy the date the department expects to act by, ISO-8601 ({@code 2026-04-15})
 */
public record InterimReplied(
        String complaintId,
        String departmentCode,
        String officer,
        String reason,
        String expectedBy,
        int escalationLevel,
        Instant repliedAt) {
}
