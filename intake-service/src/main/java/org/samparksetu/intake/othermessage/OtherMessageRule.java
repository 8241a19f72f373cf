package org.samparksetu.intake.othermessage;

import java.util.Set;

/**
 * What a message that is neither a complaint, a command nor one of our button taps gets. A citizen who sends a
 * sticker, a contact card or an order, or taps a button we did not send, is told once what we can take (written
 * words, a photo, a voice note, a pin); nothing that the citizen did not really send to us is answered.
 */
public final class OtherMessageRule {

    public enum Answer {
        /** citizen.notice UNSUPPORTED_MESSAGE with {@link Decision#messageType()} (at most one per number per period) */
        UNSUPPORTED_NOTICE,
        /** recorded, not answered */
        NOTHING
    }

    /** What the citizen gets, the message type named in the notice, and why. */
    public record Decision(Answer answer, String messageType, String why) {
    }

    /** What was received. */
    public record Received(String type, String detail, boolean fromBusiness) {
        /** A message a citizen sent; {@code detail}: the reaction's emoji, the interactive or system message's type. */
        public static Received fromCitizen(String type, String detail) {
            return new Received(type, detail, false);
        }

        /** An echo: the business itself wrote to a citizen from the WhatsApp Business app on its phone. */
        public static Received echo(String type) {
            return new Received(type, null, true);
        }
    }

    /** Types WhatsApp itself writes or that carry nothing the citizen said. */
    private static final Set<String> SILENT_TYPES = Set.of(
            "system",          // "the user changed their number": WhatsApp's note, not the citizen's words
            "request_welcome"); // the citizen opened the chat; their first message brings the welcome
    /** Older API versions call a message WhatsApp could not show us "unknown"; the citizen hears the same either way. */
    private static final Set<String> UNSUPPORTED_TYPES = Set.of("unsupported", "unknown");

    private OtherMessageRule() {
    }

    public static Decision decide(Received r) {
        if (r.fromBusiness()) {
            return new Decision(Answer.NOTHING, r.type(), "sent by the office from its own phone, not by a citizen");
        }
        String type = r.type() == null ? "unsupported" : r.type();
        if (SILENT_TYPES.contains(type)) {
            return new Decision(Answer.NOTHING, type, "written by WhatsApp, not by the citizen");
        }
        if ("reaction".equals(type) && (r.detail() == null || r.detail().isBlank())) {
            return new Decision(Answer.NOTHING, type, "a reaction taken back");
        }
        if (UNSUPPORTED_TYPES.contains(type)) {
            return new Decision(Answer.UNSUPPORTED_NOTICE, "unsupported",
                    "WhatsApp could not show us the message (deleted, or a type the API does not carry)");
        }
        return switch (type) {
            case "sticker", "reaction", "contacts", "order" ->
                    new Decision(Answer.UNSUPPORTED_NOTICE, type, "carries no complaint we can read");
            case "interactive", "button" ->
                    new Decision(Answer.UNSUPPORTED_NOTICE, type, "a tap on a button or form that is not ours");
            default -> new Decision(Answer.UNSUPPORTED_NOTICE, type, "a message type we do not take");
        };
    }
}
