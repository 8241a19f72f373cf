package org.samparksetu.messaging.outbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Given an event's parts, its size is counted in UTF-8 bytes as the broker will see them, Hindi and emoji included. */
class EventSizeTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii text", "नाली जाम है, पानी सड़क पर", "पानी 🙏🏽 नहीं आ रहा", "é ü ß"})
    void countsUtf8Bytes(String text) {
        int expected = EventSize.OVERHEAD + "complaint.received".length() + "JAL-2026-000001".length()
                + "complaint.received".length() + 36 + text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(EventSize.of("complaint.received", "JAL-2026-000001", "complaint.received", text)).isEqualTo(expected);
    }
}
