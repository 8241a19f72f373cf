package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * Something the citizen must be told about what intake did with their message, when no other event says it:
 * a repeat that was linked to an earlier complaint, a photo- or voice-only complaint waiting for an operator to
 * type it in, or a number on the blocklist (told once per blocking, never per message). Written by intake,
 * read by notification, which turns it into exactly one WhatsApp message.
 *
 * @param complaintId        the complaint the notice is about (the repeat, or the one awaiting transcription);
 *                           null for BLOCKED
 * @param kind               LINKED, AWAITING_TRANSCRIPTION or BLOCKED
 * @param relatedComplaintId for LINKED: the earlier complaint the repeat was linked to
 * @param reason             for BLOCKED: why the number was blocked, as the operator recorded it
 * @param language           {@code hi} or {@code en}: how to tell the citizen
 */
public record CitizenNotice(
        String citizenWaId,
        String complaintId,
        String kind,
        String relatedComplaintId,
        String reason,
        String language,
        Instant noticeAt) {

    public static final String LINKED = "LINKED";
    public static final String AWAITING_TRANSCRIPTION = "AWAITING_TRANSCRIPTION";
    public static final String BLOCKED = "BLOCKED";
}
