package org.samparksetu.e2e;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the messages the WhatsApp simulator accepted for a citizen: the exact Graph API send bodies. */
final class Whatsapp {
    static final Pattern COMPLAINT_ID = Pattern.compile("JAL-\\d{4}-\\d{6}");
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{InDevanagari}");

    private Whatsapp() {
    }

    /** The words the citizen reads: a text's body, or an interactive message's body. */
    @SuppressWarnings("unchecked")
    static String textOf(Map<String, Object> message) {
        if ("text".equals(message.get("type"))) {
            return (String) ((Map<String, Object>) message.get("text")).get("body");
        }
        if ("interactive".equals(message.get("type"))) {
            return (String) ((Map<String, Object>) ((Map<String, Object>) message.get("interactive")).get("body")).get("text");
        }
        if ("template".equals(message.get("type"))) {
            return String.valueOf(message.get("template"));
        }
        return String.valueOf(message);
    }

    static String typeOf(Map<String, Object> message) {
        return (String) message.get("type");
    }

    /** The reply buttons' ids, in the order the citizen sees them; empty for anything but reply buttons. */
    @SuppressWarnings("unchecked")
    static List<String> buttonIds(Map<String, Object> message) {
        if (!"interactive".equals(message.get("type"))) {
            return List.of();
        }
        var interactive = (Map<String, Object>) message.get("interactive");
        var action = (Map<String, Object>) interactive.get("action");
        if (action == null || action.get("buttons") == null) {
            return List.of();
        }
        var buttons = (List<Map<String, Object>>) action.get("buttons");
        return buttons.stream().map(b -> (String) ((Map<String, Object>) b.get("reply")).get("id")).toList();
    }

    /** The first complaint number the message names. */
    static Optional<String> complaintIdIn(Map<String, Object> message) {
        Matcher m = COMPLAINT_ID.matcher(textOf(message));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Every complaint number the message names. */
    static List<String> complaintIdsIn(Map<String, Object> message) {
        return COMPLAINT_ID.matcher(textOf(message)).results().map(r -> r.group()).distinct().toList();
    }

    static boolean isHindi(Map<String, Object> message) {
        return DEVANAGARI.matcher(textOf(message)).find();
    }
}
