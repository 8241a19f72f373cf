package org.samparksetu.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.messaging.KitConfig;
import org.samparksetu.messaging.codec.EventCodec;

import java.time.Instant;

/**
 * Where a service puts the events it emits. Must be called inside the transaction that changes the
 * service's state ({@code MANDATORY}): either both are committed or neither, so an event is never
 * published for a change that was rolled back, nor lost for one that was committed. An event over the budget
 * ({@code sampark.outbox.max-event-bytes}) is refused with {@link EventTooLargeException} before it is written: a row
 * the broker would refuse must never enter the queue.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Event<OutboxWritten> written;

    @Inject
    KitConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    /** Emits an event on its type's own topic, keyed by complaint ID. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope<T> emit(EventType type, String complaintId, T data) {
        if (type.topic() == null) {
            throw new IllegalArgumentException(type.type() + " has no topic of its own; name the topic");
        }
        return emit(type.topic(), type, complaintId, data);
    }

    /** Emits an event on a named topic (e.g. a department's own topic), keyed by complaint ID. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope<T> emit(String topic, EventType type, String complaintId, T data) {
        EventEnvelope<T> envelope = EventEnvelope.of(type, source, complaintId, data, Instant.now());
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.topic = topic;
        row.messageKey = complaintId;
        row.eventType = type.type();
        row.payload = EventCodec.encode(envelope);
        int size = EventSize.of(topic, complaintId, row.eventType, row.payload);
        if (size > config.outbox().maxEventBytes()) {
            throw new EventTooLargeException(row.eventType, size, config.outbox().maxEventBytes());
        }
        row.createdAt = envelope.time();
        row.persist();
        // Observed after commit only: wakes the relay so events leave in milliseconds, not at the next poll.
        written.fire(OutboxWritten.INSTANCE);
        return envelope;
    }
}
