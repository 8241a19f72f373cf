package org.samparksetu.messaging.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.contract.events.GeoPoint;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given an event as it travels on Kafka, when a consumer decodes it, then it gets the envelope back or poison. */
class EventCodecTest {
    private static final Instant AT = Instant.parse("2026-03-14T09:30:15.123Z");

    private static EventEnvelope<ComplaintReceived> received() {
        var data = new ComplaintReceived("JAL-2026-000123", "919876543210", "WHATSAPP", "hi",
                "गांव में तीन दिन से पानी नहीं आ रहा", new GeoPoint(26.9124, 75.7873, "Chomu", "वार्ड 12"),
                List.of("sha256-a", "sha256-b"), "+919812345678", AT, true, false);
        return EventEnvelope.of(EventType.COMPLAINT_RECEIVED, "intake-service", data.complaintId(), data, AT);
    }

    private static ObjectNode readTree(String json) {
        try {
            return (ObjectNode) EventCodec.mapper().readTree(json);
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void aComplaintComesBackAsItWasSentHindiTextPlaceAndPhotosIncluded() {
        EventEnvelope<ComplaintReceived> sent = received();
        EventEnvelope<?> got = EventCodec.decode(EventCodec.encode(sent));
        assertThat(got).isEqualTo(sent);
        assertThat(got.data()).isInstanceOf(ComplaintReceived.class);
    }

    @Test
    void decodingForTheExpectedRecordGivesTheTypedEnvelope() {
        EventEnvelope<ComplaintReceived> got = EventCodec.decode(EventCodec.encode(received()), ComplaintReceived.class);
        assertThat(got.data().text()).isEqualTo("गांव में तीन दिन से पानी नहीं आ रहा");
        assertThat(got.data().mediaIds()).containsExactly("sha256-a", "sha256-b");
    }

    @Test
    void timesTravelAsTextNotNumbers() {
        ObjectNode tree = readTree(EventCodec.encode(received()));
        assertThat(tree.get("time").asText()).isEqualTo("2026-03-14T09:30:15.123Z");
        assertThat(tree.get("data").get("receivedAt").isTextual()).isTrue();
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnoredSoAnOlderConsumerKeepsWorking() {
        EventEnvelope<ComplaintReceived> sent = received();
        ObjectNode tree = readTree(EventCodec.encode(sent));
        tree.put("traceparent", "00-abc-def-01");
        ((ObjectNode) tree.get("data")).put("ward", "12");
        assertThat(EventCodec.decode(tree.toString())).isEqualTo(sent);
    }

    @Test
    void anEnvelopeWithoutSpecversionIsReadAsTheCurrentVersion() {
        ObjectNode tree = readTree(EventCodec.encode(received()));
        tree.remove("specversion");
        assertThat(EventCodec.decode(tree.toString()).specversion()).isEqualTo(EventEnvelope.SPEC_VERSION);
    }

    @Test
    void anUnknownTypeIsPoison() {
        ObjectNode tree = readTree(EventCodec.encode(received()));
        tree.put("type", "complaint.teleported");
        assertThatThrownBy(() -> EventCodec.decode(tree.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unknown event type 'complaint.teleported'");
    }

    @Test
    void anEventOfAnotherTypeThanTheConsumerExpectsIsPoison() {
        var data = new ComplaintWithdrawn("JAL-2026-000123", ComplaintWithdrawn.BY_CITIZEN, "पानी आ गया", AT);
        String withdrawn = EventCodec.encode(EventEnvelope.of(EventType.COMPLAINT_WITHDRAWN, "intake-service",
                data.complaintId(), data, AT));
        assertThatThrownBy(() -> EventCodec.decode(withdrawn, ComplaintRated.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("expected ComplaintRated but got complaint.withdrawn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the envelope is missing  | then the error says
            data                       | has no data
            id                         | event has no 'id'
            type                       | event has no 'type'
            source                     | event has no 'source'
            time                       | event has no 'time'
            """)
    void anEnvelopeMissingAPartIsPoison(String missing, String error) {
        ObjectNode tree = readTree(EventCodec.encode(received()));
        tree.remove(missing);
        assertThatThrownBy(() -> EventCodec.decode(tree.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining(error);
    }

    @Test
    void dataThatIsNullIsPoison() {
        ObjectNode tree = readTree(EventCodec.encode(received()));
        tree.putNull("data");
        assertThatThrownBy(() -> EventCodec.decode(tree.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("complaint.received has no data");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # field | a value that cannot be read
            id      | not-a-uuid
            time    | yesterday at noon
            """)
    void aFieldThatCannotBeReadIsPoison(String field, String value) {
        ObjectNode tree = readTree(EventCodec.encode(received()));
        tree.put(field, value);
        assertThatThrownBy(() -> EventCodec.decode(tree.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageStartingWith("cannot decode event: ");
    }

    @Test
    void dataOfTheWrongShapeIsPoison() {
        ObjectNode tree = readTree(EventCodec.encode(received()));
        ((ObjectNode) tree.get("data")).put("mediaIds", "not a list").putObject("receivedAt");
        assertThatThrownBy(() -> EventCodec.decode(tree.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageStartingWith("cannot decode event: ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a record that is no event object | then the error says
            {not json                          | cannot decode event
            [1, 2, 3]                          | event is not a JSON object
            "complaint.received"               | event is not a JSON object
            null                               | event is not a JSON object
            """)
    void aRecordThatIsNoEventObjectIsPoison(String record, String error) {
        assertThatThrownBy(() -> EventCodec.decode(record))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining(error);
    }
}
