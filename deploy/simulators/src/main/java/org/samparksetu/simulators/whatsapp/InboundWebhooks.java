package org.samparksetu.simulators.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.samparksetu.simulators.SimulatorSettings;
import org.samparksetu.simulators.http.Http;

import java.time.Instant;
import java.util.UUID;

/** Builds Cloud API webhook bodies, shaped as Meta's canonical examples, from a citizen's simple request. */
final class InboundWebhooks {
    private static final String WABA_ID = "102290129340398";

    private InboundWebhooks() {
    }

    static String newMessageId() {
        return "wamid.SIM" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }

    /**
     * A webhook carrying the citizen's message(s), built from {@code {"from","text"|"buttonReply"|"location"|"message"|
     * "messages"}}. {@code "message"} is any Cloud API message object (image, audio, sticker, reaction, contacts,
     * unsupported …, or a deliberately malformed one), sent as given with {@code from}, {@code id} and
     * {@code timestamp} filled in where it has none, unless the request says {@code "bare":true} (then exactly as
     * given); {@code "messages"} is a list of such objects, all in the one webhook (the first gets {@code messageId}).
     */
    static ObjectNode message(SimulatorSettings settings, JsonNode request, String messageId) {
        String from = request.path("from").asText();
        ObjectNode value = envelopeValue(settings);
        ArrayNode contacts = value.putArray("contacts");
        ObjectNode contact = contacts.addObject();
        contact.putObject("profile").put("name", request.path("name").asText("Citizen"));
        contact.put("wa_id", from);
        ArrayNode messages = value.putArray("messages");
        if (request.path("messages").isArray()) {
            String id = messageId;
            for (JsonNode given : request.get("messages")) {
                messages.add(given(request, from, given, id));
                id = newMessageId();
            }
        } else if (request.path("message").isObject()) {
            messages.add(given(request, from, request.get("message"), messageId));
        } else {
            messages.add(built(settings, request, from, messageId));
        }
        return wrap(value);
    }

    private static ObjectNode given(JsonNode request, String from, JsonNode given, String messageId) {
        ObjectNode msg = Http.JSON.createObjectNode();
        if (!request.path("bare").asBoolean(false)) {
            msg.put("from", from);
            msg.put("id", messageId);
            msg.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        }
        if (given.isObject()) {
            msg.setAll((ObjectNode) given);
        }
        return msg;
    }

    private static ObjectNode built(SimulatorSettings settings, JsonNode request, String from, String messageId) {
        ObjectNode msg = Http.JSON.createObjectNode();
        msg.put("from", from);
        msg.put("id", messageId);
        msg.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        if (request.hasNonNull("buttonReply")) {
            msg.put("type", "interactive");
            ObjectNode interactive = msg.putObject("interactive");
            interactive.put("type", "button_reply");
            ObjectNode reply = interactive.putObject("button_reply");
            reply.put("id", request.path("buttonReply").path("id").asText());
            reply.put("title", request.path("buttonReply").path("title").asText(""));
            if (request.hasNonNull("context")) {
                ObjectNode ctx = msg.putObject("context");
                ctx.put("from", settings.displayPhoneNumber());
                ctx.put("id", request.path("context").asText());
            }
        } else if (request.hasNonNull("location")) {
            msg.put("type", "location");
            msg.set("location", request.get("location"));
        } else {
            msg.put("type", "text");
            msg.putObject("text").put("body", request.path("text").asText(""));
        }
        return msg;
    }

    /** A status webhook (sent / delivered / read / failed) for a message the business sent. */
    static ObjectNode status(SimulatorSettings settings, String messageId, String recipient, String status, String callbackData) {
        ObjectNode st = Http.JSON.createObjectNode();
        st.put("id", messageId);
        st.put("status", status);
        st.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        if (recipient.matches("\\d+")) {
            st.put("recipient_id", recipient);
        } else {
            st.put("recipient_user_id", recipient); // sent to a business-scoped user id: no phone number to show
        }
        if (callbackData != null) {
            st.put("biz_opaque_callback_data", callbackData);
        }
        ObjectNode value = envelopeValue(settings);
        value.putArray("statuses").add(st);
        return wrap(value);
    }

    private static ObjectNode envelopeValue(SimulatorSettings settings) {
        ObjectNode value = Http.JSON.createObjectNode();
        value.put("messaging_product", "whatsapp");
        ObjectNode metadata = value.putObject("metadata");
        metadata.put("display_phone_number", settings.displayPhoneNumber());
        metadata.put("phone_number_id", settings.phoneNumberId());
        return value;
    }

    private static ObjectNode wrap(ObjectNode value) {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("object", "whatsapp_business_account");
        ObjectNode entry = root.putArray("entry").addObject();
        entry.put("id", WABA_ID);
        ObjectNode change = entry.putArray("changes").addObject();
        change.set("value", value);
        change.put("field", "messages");
        return root;
    }
}
