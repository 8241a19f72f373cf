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

    /** An interactive list: one button opening sections of rows (at most 10 rows in all; titles at most 24). */
    record Choices(MessageKind kind, String header, String body, String footer, String button, List<Section> sections)
            implements CitizenMessage {
        public Choices {
            sections = List.copyOf(sections);
        }
    }

    record Section(String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    record Row(String id, String title, String description) {
    }

    /**
     * An approved template (see {@code whatsapp/templates.json}): its name, language, body parameters in order,
     * and the payload of each quick-reply button.
     */
    record Template(MessageKind kind, String name, String languageCode, List<String> bodyParameters,
                    List<String> quickReplyPayloads) implements CitizenMessage {
        public Template {
            bodyParameters = List.copyOf(bodyParameters);
            quickReplyPayloads = List.copyOf(quickReplyPayloads);
        }
    }
}
