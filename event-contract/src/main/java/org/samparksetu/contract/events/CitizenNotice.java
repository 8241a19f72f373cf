package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * Something the citizen must be told about what intake did with their message, when no other event says it.
 * Written by intake, read by notification, which turns each into exactly one WhatsApp message.
 *
 * @param complaintId        the complaint the notice is about; null for BLOCKED and for kinds about a message
 *                           that belongs to no complaint (UNSUPPORTED_MESSAGE)
 * @param kind               one of the constants below
 * @param relatedComplaintId for LINKED: the earlier complaint the repeat was linked to; for ASK_NEW_OR_EXISTING:
 *                           the open complaint the message may be about
 * @param reason             for BLOCKED: why the number was blocked, as the operator recorded it
 * @param language           {@code hi} or {@code en}: how to tell the citizen
 * @param firstContact       for ACKNOWLEDGED: the citizen's first message to us, so the welcome, the privacy notice
 *                           and the warning about false complaints go with the number
 * @param messageType        for UNSUPPORTED_MESSAGE and PART_ADDED / ADDED_TO_COMPLAINT: the WhatsApp message type
 *                           (sticker, reaction, contacts, order, unsupported, image, audio, location, text …)
 * @param choiceToken        for ASK_NEW_OR_EXISTING: the token the two buttons carry (see {@code ReplyIds.followUp})
 */
public record CitizenNotice(
        String citizenWaId,
        String complaintId,
        String kind,
        String relatedComplaintId,
        String reason,
        String language,
        Instant noticeAt,
        Boolean firstContact,
        String messageType,
        String choiceToken) {

    /** A repeat of an earlier complaint was linked to it, not filed again. */
    public static final String LINKED = "LINKED";
    /** A photo or voice complaint waits for an operator to read or hear it. */
    public static final String AWAITING_TRANSCRIPTION = "AWAITING_TRANSCRIPTION";
    /** The number is on the blocklist (told once per blocking). */
    public static final String BLOCKED = "BLOCKED";
    /** The first message of a new complaint: its number, at once, before the complaint is complete. */
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    /** A message sent while the complaint was still being put together joined it. */
    public static final String PART_ADDED = "PART_ADDED";
    /** A later message (an addition, a photo, a pin) was added to an existing complaint, not filed as a new one. */
    public static final String ADDED_TO_COMPLAINT = "ADDED_TO_COMPLAINT";
    /** We cannot tell whether the text is a new complaint or about an open one: ask, with two buttons. */
    public static final String ASK_NEW_OR_EXISTING = "ASK_NEW_OR_EXISTING";
    /** A location pin without any words: please write the problem too. */
    public static final String LOCATION_NEEDS_TEXT = "LOCATION_NEEDS_TEXT";
    /** A sticker, reaction, contact card, order or a message WhatsApp could not show us: what we can take. */
    public static final String UNSUPPORTED_MESSAGE = "UNSUPPORTED_MESSAGE";
    /** A typed answer we could not understand while we wait for "is it fixed?": please tap a button. */
    public static final String ANSWER_NOT_UNDERSTOOD = "ANSWER_NOT_UNDERSTOOD";
    /** A field check found the complaint false: the number is flagged (warned, and its complaints are reviewed). */
    public static final String FLAGGED_FALSE = "FLAGGED_FALSE";
    /** The grievance cell cleared the number's false-case flag; {@code reason} says why. */
    public static final String FLAG_CLEARED = "FLAG_CLEARED";

    /** Before {@code firstContact}, {@code messageType} and {@code choiceToken} were added. */
    public CitizenNotice(String citizenWaId, String complaintId, String kind, String relatedComplaintId, String reason,
                         String language, Instant noticeAt) {
        this(citizenWaId, complaintId, kind, relatedComplaintId, reason, language, noticeAt, null, null, null);
    }
}
