package org.samparksetu.notification.notice;

import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.message.CitizenTexts;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.MessageComposer;
import org.samparksetu.notification.message.MessageKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the citizen is told about what intake did with their message (the words are in the citizen text bundles).
 * Short: one message, read on a basic phone. Pure. Empty when the notice cannot be told (a kind this service does
 * not know yet, or a notice that lacks what its words need).
 */
public final class IntakeNoticeMessages {
    /** An operator's reason is shown, but never a novel. */
    /** Message types with words of their own for "added to …"; any other type is told in general words. */
    static final Set<String> ADDED_TYPES = Set.of("text", "image", "audio", "location", "video", "document");
    /** Message types we cannot take with words of their own; any other is told in general words. */
    static final Set<String> UNSUPPORTED_TYPES = Set.of("sticker", "reaction", "contacts", "order", "unsupported");

    private IntakeNoticeMessages() {
    }

    public static Optional<CitizenMessage> of(CitizenNotice n, Language lang) {
        String id = blankToNull(n.complaintId());
        String related = blankToNull(n.relatedComplaintId());
        String kind = n.kind() == null ? "" : n.kind();
        return switch (kind) {
            case CitizenNotice.LINKED -> related == null ? Optional.empty()
                    : text(t(lang, "notice.linked", "related", related));
            case CitizenNotice.AWAITING_TRANSCRIPTION -> id == null ? Optional.empty()
                    : text(t(lang, "notice.awaiting-transcription", "id", id));
            case CitizenNotice.BLOCKED -> text(t(lang, "notice.blocked", "reason", MessageComposer.statedReason(n.reason(), lang)));
            case CitizenNotice.ACKNOWLEDGED -> id == null ? Optional.empty() : text(acknowledged(id,
                    Boolean.TRUE.equals(n.firstContact()), lang));
            case CitizenNotice.PART_ADDED -> id == null ? Optional.empty()
                    : text(t(lang, "notice.part-added." + addedType(n.messageType()), "id", id));
            case CitizenNotice.ADDED_TO_COMPLAINT -> id == null ? Optional.empty()
                    : text(t(lang, "notice.added." + addedType(n.messageType()), "id", id));
            case CitizenNotice.ASK_NEW_OR_EXISTING -> askNewOrExisting(related, n.choiceToken(), lang);
            case CitizenNotice.LOCATION_NEEDS_TEXT -> text(t(lang, "notice.location-needs-text"));
            case CitizenNotice.UNSUPPORTED_MESSAGE -> text(t(lang, "notice.unsupported." + unsupportedType(n.messageType()))
                    + "\n" + t(lang, "notice.unsupported.what-we-take"));
            case CitizenNotice.ANSWER_NOT_UNDERSTOOD -> id == null && related == null ? Optional.empty()
                    : text(t(lang, "notice.answer-not-understood", "id", id != null ? id : related));
            case CitizenNotice.FLAGGED_FALSE -> Optional.of(new CitizenMessage.Text(MessageKind.FLAGGED_FALSE, id == null
                    ? t(lang, "notice.flagged-false.no-complaint") : t(lang, "notice.flagged-false", "id", id)));
            case CitizenNotice.FLAG_CLEARED -> Optional.of(new CitizenMessage.Text(MessageKind.FLAG_CLEARED,
                    t(lang, "notice.flag-cleared", "reason", MessageComposer.statedReason(n.reason(), lang))));
            default -> Optional.empty();
        };
    }

    /**
     * Whether the notice answers something the citizen has just sent (so their window is open, and it goes as free
     * text). A field check's finding and the grievance cell's decision about the flag come on their own time: they do
     * not open the window and may have to go as their template.
     */
    public static boolean answersTheCitizen(String kind) {
        return !CitizenNotice.FLAGGED_FALSE.equals(kind) && !CitizenNotice.FLAG_CLEARED.equals(kind);
    }

    /** The approved template of a notice that may meet a closed window; empty for the others. */
    public static Optional<CitizenMessage.Template> template(CitizenNotice n, Language lang) {
        String kind = n.kind() == null ? "" : n.kind();
        return switch (kind) {
            case CitizenNotice.FLAGGED_FALSE -> MessageComposer.template(MessageKind.FLAGGED_FALSE, lang,
                    List.of(n.complaintId() == null || n.complaintId().isBlank() ? "-" : n.complaintId().strip()), List.of());
            case CitizenNotice.FLAG_CLEARED -> MessageComposer.template(MessageKind.FLAG_CLEARED, lang,
                    List.of(MessageComposer.statedReason(n.reason(), lang)), List.of());
            default -> Optional.empty();
        };
    }

    /** The complaint number at the first message; on first contact also the welcome, privacy notice and warning. */
    static String acknowledged(String complaintId, boolean firstContact, Language lang) {
        String body = t(lang, "notice.acknowledged", "id", complaintId);
        return firstContact ? body + "\n\n" + t(lang, "ack.welcome") : body;
    }

    /**
     * "Is this new, or about JAL-…?" with two reply buttons whose ids carry the token of the held message. Empty if
     * the notice does not name the complaint or its token would not survive the round trip through the button id.
     */
    static Optional<CitizenMessage> askNewOrExisting(String relatedComplaintId, String token, Language lang) {
        if (relatedComplaintId == null || token == null
                || ReplyIds.parseFollowUp(ReplyIds.followUpAbout(relatedComplaintId, token)).isEmpty()
                || ReplyIds.parseFollowUp(ReplyIds.followUpNew(token)).isEmpty()) {
            return Optional.empty();
        }
        String body = t(lang, "notice.ask.body", "related", relatedComplaintId);
        return Optional.of(new CitizenMessage.Buttons(MessageKind.INTAKE_NOTICE, body, List.of(
                new CitizenMessage.Button(ReplyIds.followUpNew(token), t(lang, "notice.ask.button.new")),
                new CitizenMessage.Button(ReplyIds.followUpAbout(relatedComplaintId, token),
                        aboutTitle(relatedComplaintId, lang)))));
    }

    /**
     * "JAL-2026-000123 के बारे में" does not fit WhatsApp's 20 characters for a button title: then the serial number
     * alone ("000123 के बारे में"); the question above the buttons names the whole complaint number.
     */
    static String aboutTitle(String complaintId, Language lang) {
        String whole = t(lang, "notice.ask.button.about", "id", complaintId);
        if (length(whole) <= MessageComposer.MAX_BUTTON_TITLE) {
            return whole;
        }
        String serial = complaintId.substring(complaintId.lastIndexOf('-') + 1);
        String shorter = t(lang, "notice.ask.button.about", "id", serial);
        return length(shorter) <= MessageComposer.MAX_BUTTON_TITLE ? shorter
                : shorter.substring(0, shorter.offsetByCodePoints(0, MessageComposer.MAX_BUTTON_TITLE));
    }

    /** The WhatsApp message type as our words know it: {@code voice} is a voice note, unknown types are "other". */
    static String addedType(String messageType) {
        String type = messageType == null ? "" : messageType.trim().toLowerCase(Locale.ROOT);
        if (type.equals("voice")) {
            type = "audio";
        }
        return ADDED_TYPES.contains(type) ? type : "other";
    }

    static String unsupportedType(String messageType) {
        String type = messageType == null ? "" : messageType.trim().toLowerCase(Locale.ROOT);
        type = switch (type) {
            case "stickers" -> "sticker";
            case "contact" -> "contacts";
            case "unknown" -> "unsupported"; // what older Graph versions called it
            default -> type;
        };
        return UNSUPPORTED_TYPES.contains(type) ? type : "other";
    }

    private static Optional<CitizenMessage> text(String body) {
        return Optional.of(new CitizenMessage.Text(MessageKind.INTAKE_NOTICE, body));
    }

    private static String t(Language lang, String key, String... nameValuePairs) {
        return CitizenTexts.text(lang, key, nameValuePairs);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
