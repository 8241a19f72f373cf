package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.web.JsonLimits;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Cloud API webhook as a JSON tree, so that new fields, new message types and new enum values
 * never make it fail. Every {@code entry[]}, {@code changes[]}, {@code messages[]} and {@code statuses[]} is
 * visited; Meta batches up to 1000 updates in one body. The only reader of Meta's JSON: each understood message
 * leaves here as intake's own {@link InboundMessage}.
 */
public final class WebhookPayload {

    // web-kit's limits (64 levels, 3 MB), as on every JSON door: a signed body nested thousands of levels deep is
    // refused while it is parsed, with a 400, before it costs a deep stack or a large tree
    private static final ObjectMapper MAPPER = JsonMapper.builder(
                    JsonFactory.builder().streamReadConstraints(JsonLimits.defaults()).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "{...}{" is not one JSON document: refuse it rather than silently read the first half
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** One delivery status of a message we sent. */
    public record Status(String phoneNumberId, String messageId, String status, String recipientId, Instant timestamp,
                         String bizOpaqueCallbackData, Integer errorCode, String errorTitle) {
    }

    /**
     * A message that could not be understood (see {@link MessageShape}): kept with its reason and its place in the
     * body ({@code entry[0].changes[1].messages[0]}); the rest of the webhook is filed without it.
     */
    public record Malformed(String phoneNumberId, String position, String wamid, String citizenId, String type,
                            String reason) {
    }

    /**
     * A message the business itself sent to a citizen from the WhatsApp Business app on its phone
     * ({@code smb_message_echoes}): not from a citizen, recorded only.
     */
    public record Echo(String phoneNumberId, String wamid, String citizenId, String type, Instant sentAt) {
    }

    public record Parsed(List<InboundMessage> messages, List<Status> statuses, List<Malformed> malformed, List<Echo> echoes) {
        public Parsed(List<InboundMessage> messages, List<Status> statuses) {
            this(messages, statuses, List.of(), List.of());
        }
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
        } catch (StreamConstraintsException e) {
            throw new InvalidPayloadException("the webhook body is refused: " + JsonLimits.describe(e));
        } catch (JsonProcessingException e) {
            // not every parser error has a location; one without it must still be a 400, not a 500
            throw new InvalidPayloadException("the webhook body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new InvalidPayloadException("the webhook body could not be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPayloadException("the webhook body must be a JSON object like {\"object\":\"whatsapp_business_account\",\"entry\":[...]}");
        }
        List<InboundMessage> messages = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        List<Malformed> malformed = new ArrayList<>();
        List<Echo> echoes = new ArrayList<>();
        int e = 0;
        for (JsonNode entry : root.path("entry")) {
            int c = 0;
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String phoneNumberId = textOrNull(value.path("metadata").path("phone_number_id"));
                JsonNode contacts = value.path("contacts");
                int i = 0;
                for (JsonNode m : value.path("messages")) {
                    String wamid = textOrNull(m.path("id"));
                    String sender = sender(m, contacts);
                    MessageShape.Reading reading = MessageShape.read(wamid, sender, m);
                    if (reading.understood()) {
                        messages.add(message(phoneNumberId, wamid, sender, reading.type(),
                                epochSeconds(m.path("timestamp")), reading.node()));
                    } else {
                        malformed.add(new Malformed(phoneNumberId, "entry[%d].changes[%d].messages[%d]".formatted(e, c, i),
                                clip(wamid, MessageShape.MAX_ID_LENGTH), clip(sender, MessageShape.MAX_SENDER_LENGTH),
                                clip(reading.type(), 64), reading.problem()));
                    }
                    i++;
                }
                for (JsonNode echo : value.path("message_echoes")) {
                    String wamid = textOrNull(echo.path("id"));
                    String to = firstText(echo, "to", "to_user_id");
                    if (wamid != null && to != null && wamid.length() <= MessageShape.MAX_ID_LENGTH
                            && to.length() <= MessageShape.MAX_SENDER_LENGTH) {
                        echoes.add(new Echo(phoneNumberId, wamid, to, clip(textOrNull(echo.path("type")), 64),
                                epochSeconds(echo.path("timestamp"))));
                    }
                }
                for (JsonNode s : value.path("statuses")) {
                    JsonNode error = s.path("errors").path(0);
                    statuses.add(new Status(phoneNumberId, textOrNull(s.path("id")), textOrNull(s.path("status")),
                            firstText(s, "recipient_id", "recipient_user_id"), epochSeconds(s.path("timestamp")),
                            textOrNull(s.path("biz_opaque_callback_data")),
                            error.path("code").canConvertToInt() ? error.path("code").asInt() : null,
                            textOrNull(error.path("title"))));
                }
                c++;
            }
            e++;
        }
        return new Parsed(messages, statuses, malformed, echoes);
    }

    /**
     * Intake's reading of one understood message ({@link MessageShape} normalised its type and coordinates): the words,
     * caption and media of its content object, the pin, the tapped button, and what kind of reaction, interactive
     * message or system note it is.
     */
    static InboundMessage message(String phoneNumberId, String wamid, String citizenId, String type, Instant sentAt,
                                  JsonNode node) {
        JsonNode content = node.path(type);
        String mediaId = text(content, "id");
        String mime = text(content, "mime_type");
        String sha256 = text(content, "sha256");
        boolean voice = content.path("voice").asBoolean(false);
        InboundMessage.Media media = mediaId != null || mime != null || sha256 != null || voice
                ? new InboundMessage.Media(mediaId, mime, sha256, voice) : null;
        InboundMessage.Location location = null;
        if ("location".equals(type)) {
            JsonNode pin = node.path("location");
            boolean numbers = pin.path("latitude").isNumber() && pin.path("longitude").isNumber();
            location = new InboundMessage.Location(numbers ? pin.path("latitude").asDouble() : null,
                    numbers ? pin.path("longitude").asDouble() : null, text(pin, "name"), text(pin, "address"));
        }
        String interactiveType = text(node.path("interactive"), "type");
        InboundMessage.Tap tap = null;
        if ("interactive".equals(type) && ("button_reply".equals(interactiveType) || "list_reply".equals(interactiveType))) {
            JsonNode reply = node.path("interactive").path(interactiveType);
            tap = new InboundMessage.Tap(text(reply, "id"), text(reply, "title"));
        } else if ("button".equals(type)) { // a quick reply under a template
            tap = new InboundMessage.Tap(text(node.path("button"), "payload"), text(node.path("button"), "text"));
        }
        return new InboundMessage(phoneNumberId, wamid, citizenId, type, sentAt,
                "text".equals(type) ? text(node.path("text"), "body") : null, text(content, "caption"), media, location,
                tap, interactiveType, text(node.path("reaction"), "emoji"), text(node.path("system"), "type"));
    }

    /** A value as text (as WhatsApp's clients write numbers and strings alike), or null when absent or an object. */
    private static String text(JsonNode node, String field) {
        JsonNode n = node.path(field);
        return n.isValueNode() && !n.isNull() ? n.asText() : null;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
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
