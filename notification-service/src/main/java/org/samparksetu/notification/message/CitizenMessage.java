package org.samparksetu.notification.message;

import java.util.List;

/** What we say to the citizen, before it is put into the Graph API's JSON. */
public sealed interface CitizenMessage {

    MessageKind kind();

    /** A plain text message. */
    record Text(MessageKind kind, String body) implements CitizenMessage {
    }

    /** A message with reply buttons (1–3; title at most 20 characters; body at most 1024). */
    record Buttons(MessageKind kind, String body, List<Button> buttons) implements CitizenMessage {
        public Buttons {
            buttons = List.copyOf(buttons);
        }
    }

    record Button(String id, String title) {
    }
}
