package org.samparksetu.notification.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Graph API send bodies, shaped as Meta's examples (reference §5). */
class GraphMessageBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReplyInContextQuotesTheCitizensMessageAndCarriesOurKey() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode n = JSON.readTree(GraphMessageBody.toJson(new CitizenMessage.Text(MessageKind.COMMAND_REPLY, "ok"),
                "919800000001", id, "wamid.CITIZEN-1"));
        assertThat(n.path("context").path("message_id").asText()).isEqualTo("wamid.CITIZEN-1");
        assertThat(n.path("to").asText()).isEqualTo("+919800000001");
        assertThat(n.path("biz_opaque_callback_data").asText()).isEqualTo(id.toString());
        assertThat(JSON.readTree(GraphMessageBody.toJson(new CitizenMessage.Text(MessageKind.COMMAND_REPLY, "ok"),
                "919800000001", id)).has("context")).isFalse();
    }

    @Test
    void aListHasItsButtonSectionsAndRows() throws Exception {
        var list = new CitizenMessage.Choices(MessageKind.COMMAND_REPLY, "शिकायतें", "चुनें", null, "देखें",
                List.of(new CitizenMessage.Section("आपकी", List.of(new CitizenMessage.Row("status:JAL-2026-000001", "JAL-2026-000001", "बिजली")))));
        JsonNode n = JSON.readTree(GraphMessageBody.toJson(list, "919800000001", UUID.randomUUID()));
        assertThat(n.path("type").asText()).isEqualTo("interactive");
        assertThat(n.path("interactive").path("type").asText()).isEqualTo("list");
        assertThat(n.path("interactive").path("action").path("button").asText()).isEqualTo("देखें");
        assertThat(n.path("interactive").path("action").path("sections").path(0).path("rows").path(0).path("id").asText())
                .isEqualTo("status:JAL-2026-000001");
        assertThat(n.path("interactive").has("footer")).isFalse();
    }

    @Test
    void markAsReadNamesTheCitizensMessage() throws Exception {
        JsonNode n = JSON.readTree(GraphMessageBody.markRead("wamid.IN-7"));
        assertThat(n.path("status").asText()).isEqualTo("read");
        assertThat(n.path("message_id").asText()).isEqualTo("wamid.IN-7");
        assertThat(n.path("messaging_product").asText()).isEqualTo("whatsapp");
    }
}
