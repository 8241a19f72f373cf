package org.samparksetu.contract;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every event travels in. Shaped like a CloudEvent (structured mode) so that
 * generic tooling can read it: {@code id} is unique per event and is what consumers de-duplicate on,
 * {@code subject} is the complaint ID and also the Kafka record key, so one complaint's events stay
 * ordered in one partition.
 */
public record EventEnvelope<T>(
        String specversion,
        UUID id,
        String type,
        String source,
        Instant time,
        String subject,
        String dataschema,
        T data) {

    public static final String SPEC_VERSION = "1.0";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** A new event of the given type, about the given complaint, emitted now by {@code source}. */
    public static <T> EventEnvelope<T> of(EventType type, String source, String subject, T data, Instant time) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
        return new EventEnvelope<>(SPEC_VERSION, UUID.randomUUID(), type.type(), source, time, subject,
                type.schema(), data);
    }
}
