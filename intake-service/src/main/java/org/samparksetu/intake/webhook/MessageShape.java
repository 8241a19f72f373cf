package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Whether one inbound message can be understood, and how to read it when a client library or an older API version
 * wrote it loosely. A message we cannot understand is recorded with the reason given here instead of filed; the rest
 * of its webhook is filed as usual. Read loosely: a message without {@code type} is the type of the one content
 * object it carries (a pin with a {@code location} object is a location), and coordinates written as strings are
 * numbers.
 */
public final class MessageShape {
    /** WhatsApp's own ids are about 60 characters; anything far longer is not one. */
    public static final int MAX_ID_LENGTH = 256;
    /** A phone number or a business-scoped user id ("IN.2081978709342942"). */
    public static final int MAX_SENDER_LENGTH = 64;
    /** WhatsApp's types are single words ("interactive", "request_welcome"). */
    public static final int MAX_TYPE_LENGTH = 64;
    private static final List<String> CONTENT = List.of("text", "image", "audio", "video", "document", "sticker",
            "location", "contacts", "reaction", "interactive", "button", "order", "system");

    /** The message as it will be filed (type and node normalised), or why it cannot be. */
    public record Reading(String type, JsonNode node, String problem) {
        public boolean understood() {
            return problem == null;
        }
    }

    private MessageShape() {
    }

    public static Reading read(String wamid, String sender, JsonNode message) {
        if (wamid == null) {
            return problem(message, "the message has no id, so it cannot be told apart from a redelivery");
        }
        if (wamid.length() > MAX_ID_LENGTH) {
            return problem(message, "the message id is longer than " + MAX_ID_LENGTH + " characters");
        }
        if (sender == null) {
            return problem(message, "the message names no sender (no from, no from_user_id and not exactly one contact)");
        }
        if (sender.length() > MAX_SENDER_LENGTH) {
            return problem(message, "the sender id is longer than " + MAX_SENDER_LENGTH + " characters");
        }
        String type = WebhookPayload.textOrNull(message.path("type"));
        if (type == null) {
            type = CONTENT.stream().filter(c -> message.path(c).isObject()).findFirst().orElse(null);
            if (type == null) {
                return new Reading(null, message, "the message has no type and none of the content WhatsApp sends");
            }
        }
        if (type.length() > MAX_TYPE_LENGTH) {
            return new Reading(type.substring(0, MAX_TYPE_LENGTH), message,
                    "the message type is longer than " + MAX_TYPE_LENGTH + " characters");
        }
        ObjectNode node = message.deepCopy();
        node.put("type", type);
        if ("text".equals(type) && WebhookPayload.textOrNull(message.path("text").path("body")) == null) {
            return new Reading(type, message, "a text message without text.body");
        }
        if ("location".equals(type)) {
            JsonNode location = message.path("location");
            Double latitude = coordinate(location.path("latitude"), 90);
            Double longitude = coordinate(location.path("longitude"), 180);
            if (latitude == null || longitude == null) {
                return new Reading(type, message, "a location whose latitude and longitude are not numbers on the map ("
                        + clip(location.path("latitude")) + ", " + clip(location.path("longitude")) + ")");
            }
            ObjectNode pin = (ObjectNode) node.path("location");
            pin.put("latitude", latitude);
            pin.put("longitude", longitude);
        }
        return new Reading(type, node, null);
    }

    /** A number, or a string holding one (as some client libraries send it), within ±limit; otherwise null. */
    static Double coordinate(JsonNode n, double limit) {
        double value;
        if (n.isNumber()) {
            value = n.asDouble();
        } else if (n.isTextual()) {
            try {
                value = Double.parseDouble(n.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(value) && Math.abs(value) <= limit ? value : null;
    }

    private static Reading problem(JsonNode message, String reason) {
        return new Reading(WebhookPayload.textOrNull(message.path("type")), message, reason);
    }

    private static String clip(JsonNode n) {
        String s = n.isMissingNode() ? "missing" : n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
