package org.samparksetu.notification.message;

import org.samparksetu.contract.WhatsAppAddress;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

/**
 * The Graph API send body for a message: {@code text} or {@code interactive} (reply buttons). Carries
 * {@code biz_opaque_callback_data} = our outgoing message id, which WhatsApp echoes in status webhooks,
 * so a status can be matched even before we recorded the wamid (and, later, a crashed send detected).
 */
public final class GraphMessageBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphMessageBody() {
    }

    public static String toJson(CitizenMessage message, String waId, UUID messageId) {
        return toJson(message, waId, messageId, null);
    }

    /**
     * As a reply in context when {@code inReplyTo} (the wamid of the citizen's message) is given: WhatsApp shows
     * the citizen's message quoted above ours.
     */
    public static String toJson(CitizenMessage message, String waId, UUID messageId, String inReplyTo) {
        ObjectNode root = JSON.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("recipient_type", "individual");
        String address = WhatsAppAddress.normalise(waId);
        if (WhatsAppAddress.isBsuid(address)) {
            // a citizen known only by their business-scoped user id: WhatsApp takes it in "recipient", never in "to"
            root.put("recipient", address);
        } else {
            // "+" and the country code: without the plus, WhatsApp prepends the business number's country code.
            root.put("to", "+" + address);
        }
        if (inReplyTo != null && !inReplyTo.isBlank()) {
            root.putObject("context").put("message_id", inReplyTo);
        }
        if (message instanceof CitizenMessage.Text t) {
            root.put("type", "text");
            ObjectNode text = root.putObject("text");
            text.put("preview_url", false);
            text.put("body", t.body());
        } else if (message instanceof CitizenMessage.Buttons b) {
            root.put("type", "interactive");
            ObjectNode interactive = root.putObject("interactive");
            interactive.put("type", "button");
            interactive.putObject("body").put("text", b.body());
            ArrayNode buttons = interactive.putObject("action").putArray("buttons");
            for (CitizenMessage.Button button : b.buttons()) {
                ObjectNode reply = buttons.addObject();
                reply.put("type", "reply");
                reply.putObject("reply").put("id", button.id()).put("title", button.title());
            }
        } else if (message instanceof CitizenMessage.Choices c) {
            root.put("type", "interactive");
            ObjectNode interactive = root.putObject("interactive");
            interactive.put("type", "list");
            if (c.header() != null) {
                interactive.putObject("header").put("type", "text").put("text", c.header());
            }
            interactive.putObject("body").put("text", c.body());
            if (c.footer() != null) {
                interactive.putObject("footer").put("text", c.footer());
            }
            ObjectNode action = interactive.putObject("action");
            action.put("button", c.button());
            ArrayNode sections = action.putArray("sections");
            for (CitizenMessage.Section section : c.sections()) {
                ObjectNode sn = sections.addObject();
                sn.put("title", section.title());
                ArrayNode rows = sn.putArray("rows");
                for (CitizenMessage.Row row : section.rows()) {
                    ObjectNode rn = rows.addObject().put("id", row.id()).put("title", row.title());
                    if (row.description() != null) {
                        rn.put("description", row.description());
                    }
                }
            }
        } else if (message instanceof CitizenMessage.Template t) {
            root.put("type", "template");
            ObjectNode template = root.putObject("template");
            template.put("name", t.name());
            template.putObject("language").put("code", t.languageCode());
            ArrayNode components = template.putArray("components");
            ObjectNode body = components.addObject();
            body.put("type", "body");
            ArrayNode params = body.putArray("parameters");
            for (String p : t.bodyParameters()) {
                params.addObject().put("type", "text").put("text", p);
            }
            for (int i = 0; i < t.quickReplyPayloads().size(); i++) {
                ObjectNode button = components.addObject();
                button.put("type", "button");
                button.put("sub_type", "quick_reply");
                button.put("index", i);
                button.putArray("parameters").addObject().put("type", "payload").put("payload", t.quickReplyPayloads().get(i));
            }
        } else {
            throw new IllegalArgumentException("unknown message type " + message.getClass().getSimpleName());
        }
        root.put("biz_opaque_callback_data", messageId.toString());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a send body", e);
        }
    }

    /** Mark a citizen's message (and every earlier one) as read: blue ticks, and the "typing…" indicator. */
    public static String markRead(String wamid) {
        ObjectNode root = JSON.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("status", "read");
        root.put("message_id", wamid);
        root.putObject("typing_indicator").put("type", "text");
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a mark-as-read body", e);
        }
    }
}
