package org.samparksetu.intake.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one number's part out of an archived webhook body. WhatsApp batches several citizens into one body, so the
 * body itself is never handed out: for each {@code entry[e].changes[c].value.messages[m]} sent by the number, its
 * element as it stands in the body, with its position and the {@code contacts[]} entry of that number in the same
 * value; and each {@code statuses[s]} addressed to the number. With the body's SHA-256 and the positions, the court's
 * expert can check each piece against the archived body without being shown anybody else's.
 */
public final class NumberCut {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One piece of the body: a message from the number or a status addressed to it. */
    public record Piece(String kind, int entry, int change, int index, JsonNode element, JsonNode contact) {
        public String position() {
            return "entry[%d].changes[%d].value.%s[%d]".formatted(entry, change, kind, index);
        }
    }

    private NumberCut() {
    }

    /** The pieces of the body that are the number's, in body order; none when the body is not readable JSON. */
    public static List<Piece> cut(byte[] body, String waId) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return List.of();
        }
        List<Piece> pieces = new ArrayList<>();
        if (root == null) {
            return pieces;
        }
        int e = 0;
        for (JsonNode entry : root.path("entry")) {
            int c = 0;
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                JsonNode contacts = value.path("contacts");
                int m = 0;
                for (JsonNode message : value.path("messages")) {
                    if (waId.equals(sender(message, contacts))) {
                        pieces.add(new Piece("messages", e, c, m, message.deepCopy(), contactOf(contacts, waId)));
                    }
                    m++;
                }
                int s = 0;
                for (JsonNode status : value.path("statuses")) {
                    if (waId.equals(text(status, "recipient_id")) || waId.equals(text(status, "recipient_user_id"))) {
                        pieces.add(new Piece("statuses", e, c, s, status.deepCopy(), null));
                    }
                    s++;
                }
                c++;
            }
            e++;
        }
        return pieces;
    }

    /** The sender as intake reads it: {@code from}, {@code from_user_id}, or the value's only contact. */
    private static String sender(JsonNode message, JsonNode contacts) {
        String from = text(message, "from");
        if (from == null) {
            from = text(message, "from_user_id");
        }
        if (from == null && contacts.size() == 1) {
            from = text(contacts.get(0), "wa_id");
            if (from == null) {
                from = text(contacts.get(0), "user_id");
            }
        }
        return from;
    }

    private static JsonNode contactOf(JsonNode contacts, String waId) {
        for (JsonNode contact : contacts) {
            if (waId.equals(text(contact, "wa_id")) || waId.equals(text(contact, "user_id"))) {
                return contact.deepCopy();
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode n = node.path(field);
        return n.isValueNode() && !n.isNull() ? n.asText() : null;
    }

    /** The piece as the export shows it. */
    static ObjectNode describe(Piece p) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("position", p.position());
        out.put("entryIndex", p.entry());
        out.put("changeIndex", p.change());
        out.put(p.kind().equals("messages") ? "messageIndex" : "statusIndex", p.index());
        out.set(p.kind().equals("messages") ? "message" : "status", p.element());
        if (p.contact() != null) {
            out.set("contact", p.contact());
        }
        return out;
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }
}
