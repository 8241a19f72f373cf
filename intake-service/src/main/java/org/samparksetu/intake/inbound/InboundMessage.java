package org.samparksetu.intake.inbound;

import java.time.Instant;

/**
 * One message a citizen sent us, as intake reads it: who sent it to which of our numbers, when, of which WhatsApp type,
 * and what it carries. Built by the webhook package from Meta's JSON (the only place that reads it), so complaints,
 * the conversation, commands and the answers to other message types never depend on how WhatsApp writes a message.
 * Fields a type does not carry are null.
 *
 * @param phoneNumberId the business number it was sent to
 * @param wamid         WhatsApp's message id (claimed once: a redelivery does nothing)
 * @param citizenId     the sender: a phone number, or a business-scoped user id when WhatsApp gives no number
 * @param type          WhatsApp's message type ("text", "image", "location", "interactive", "sticker", …)
 * @param sentAt        when the citizen sent it, if WhatsApp said
 * @param text          the words of a text message
 * @param caption       the caption of a photo, video or document
 * @param media         the media a photo, voice note, video, document or sticker carries
 * @param location      the pin of a location message
 * @param tap           the reply button or list row the citizen tapped (interactive button or list reply, template
 *                      quick reply)
 * @param interactiveType the kind of an interactive message ("button_reply", "list_reply", "nfm_reply", …)
 * @param reactionEmoji the emoji of a reaction (empty or null when a reaction was removed)
 * @param systemType    the kind of a system note from WhatsApp ("user_changed_number", …)
 */
public record InboundMessage(String phoneNumberId, String wamid, String citizenId, String type, Instant sentAt,
                             String text, String caption, Media media, Location location, Tap tap,
                             String interactiveType, String reactionEmoji, String systemType) {

    /** The file WhatsApp holds for us: its media id (to download it), the MIME type and hash it announced. */
    public record Media(String id, String mimeType, String sha256, boolean voice) {
    }

    /** A pin: the coordinates (null when they were not numbers), and the place's name and address if sent. */
    public record Location(Double latitude, Double longitude, String name, String address) {
        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }
    }

    /** The id and title of a tapped reply button or list row. */
    public record Tap(String id, String title) {
    }

    /** The media's id, MIME type, announced hash and voice flag, or nulls (false) for a message without media. */
    public String mediaId() {
        return media == null ? null : media.id();
    }

    public String mediaMimeType() {
        return media == null ? null : media.mimeType();
    }

    public String mediaSha256() {
        return media == null ? null : media.sha256();
    }

    public boolean voice() {
        return media != null && media.voice();
    }
}
