package org.samparksetu.notification.message;

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
        ObjectNode root = JSON.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("recipient_type", "individual");
        // "+" and the country code: without the plus, WhatsApp prepends the business number's country code.
        root.put("to", "+" + waId.replaceAll("\\D", ""));
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
}
