package org.samparksetu.messaging.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Turns envelopes into JSON and back. Unknown fields are ignored so that additive contract changes
 * never break an older consumer. Kept free of CDI so that tests and tools can use it directly.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode event " + envelope.type(), e);
        }
    }

    /** Decodes an envelope whose data must be of the given type; anything else is a poison message. */
    public static <T> EventEnvelope<T> decode(String json, Class<T> dataClass) {
        EventEnvelope<?> e = decode(json);
        if (!dataClass.isInstance(e.data())) {
            throw new MalformedEventException("expected " + dataClass.getSimpleName() + " but got " + e.type());
        }
        @SuppressWarnings("unchecked")
        EventEnvelope<T> typed = (EventEnvelope<T>) e;
        return typed;
    }

    /** Decodes any known event type, with {@code data} as its contract record. */
    public static EventEnvelope<?> decode(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new MalformedEventException("event is not a JSON object");
            }
            String type = text(root, "type");
            EventType eventType = EventType.fromType(type)
                    .orElseThrow(() -> new MalformedEventException("unknown event type '" + type + "'"));
            Object data = MAPPER.treeToValue(root.get("data"), eventType.dataClass());
            if (data == null) {
                throw new MalformedEventException(type + " has no data");
            }
            return new EventEnvelope<>(
                    root.path("specversion").asText(EventEnvelope.SPEC_VERSION),
                    UUID.fromString(text(root, "id")),
                    type,
                    text(root, "source"),
                    Instant.parse(text(root, "time")),
                    root.path("subject").isTextual() ? root.get("subject").asText() : null,
                    root.path("dataschema").isTextual() ? root.get("dataschema").asText() : null,
                    data);
        } catch (JsonProcessingException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new MalformedEventException("cannot decode event: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual()) {
            throw new MalformedEventException("event has no '" + field + "'");
        }
        return n.asText();
    }
}
