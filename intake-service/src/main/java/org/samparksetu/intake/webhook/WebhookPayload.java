package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Cloud API webhook as a JSON tree, so that new fields, new message types and new enum values
 * never make it fail. Every {@code entry[]}, {@code changes[]}, {@code messages[]} and {@code statuses[]} is
 * visited; Meta batches up to 1000 updates in one body.
 */
public final class WebhookPayload {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "{...}{" is not one JSON document: refuse it rather than silently read the first half
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** One inbound message, with who sent it to which of the WABA's numbers. */
    public record Message(String phoneNumberId, String wamid, String citizenId, String type, Instant sentAt,
                          JsonNode node) {
        public String text(String... path) {
            JsonNode n = node;
            for (String p : path) {
                n = n.path(p);
            }
            return n.isValueNode() && !n.isNull() ? n.asText() : null;
        }
    }

    /** One delivery status of a message we sent. */
    public record Status(String phoneNumberId, String messageId, String status, String recipientId, Instant timestamp,
                         String bizOpaqueCallbackData, Integer errorCode, String errorTitle) {
    }

    public record Parsed(List<Message> messages, List<Status> statuses) {
    }

    /** The body is not JSON (or not a JSON object): a clear sentence for the caller. */
    public static final class InvalidPayloadException extends Exception {
        public InvalidPayloadException(String message) {
            super(message);
        }
    }

    private WebhookPayload() {
    }

    public static Parsed parse(byte[] body) throws InvalidPayloadException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidPayloadException("the webhook body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new InvalidPayloadException("the webhook body could not be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPayloadException("the webhook body must be a JSON object like {\"object\":\"whatsapp_business_account\",\"entry\":[...]}");
        }
        List<Message> messages = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String phoneNumberId = textOrNull(value.path("metadata").path("phone_number_id"));
                JsonNode contacts = value.path("contacts");
                for (JsonNode m : value.path("messages")) {
                    messages.add(new Message(phoneNumberId, textOrNull(m.path("id")), sender(m, contacts),
                            textOrNull(m.path("type")), epochSeconds(m.path("timestamp")), m));
                }
                for (JsonNode s : value.path("statuses")) {
                    JsonNode error = s.path("errors").path(0);
                    statuses.add(new Status(phoneNumberId, textOrNull(s.path("id")), textOrNull(s.path("status")),
                            firstText(s, "recipient_id", "recipient_user_id"), epochSeconds(s.path("timestamp")),
                            textOrNull(s.path("biz_opaque_callback_data")),
                            error.path("code").canConvertToInt() ? error.path("code").asInt() : null,
                            textOrNull(error.path("title"))));
                }
            }
        }
        return new Parsed(messages, statuses);
    }

    /**
     * The citizen: the phone ({@code from}) when present; with business-scoped user ids (2026) the phone may be
     * absent and {@code from_user_id} / {@code contacts[].user_id} identify them instead.
     */
    static String sender(JsonNode message, JsonNode contacts) {
        String id = firstText(message, "from", "from_user_id");
        if (id != null) {
            return id;
        }
        if (contacts.size() == 1) {
            return firstText(contacts.get(0), "wa_id", "user_id");
        }
        return null;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = textOrNull(node.path(f));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static String textOrNull(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText();
        return s.isBlank() ? null : s;
    }

    /** Meta sends Unix seconds as a string; tolerate a number, and anything else as "unknown". */
    static Instant epochSeconds(JsonNode n) {
        String s = textOrNull(n);
        if (s == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(s.trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }
}
