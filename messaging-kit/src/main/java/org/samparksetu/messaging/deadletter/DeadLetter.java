package org.samparksetu.messaging.deadletter;

import java.time.Instant;

/**
 * One record on a service's dead-letter topic, as an operator needs it: where it came from, why it failed, whether it
 * was replayed. {@code payload} is only filled when one record is asked for.
 *
 * @param failedTopic the topic the record was consumed from (SmallRye's {@code dead-letter-topic} header)
 * @param reason      why it failed (the {@code dead-letter-reason} header: the exception's message)
 */
public record DeadLetter(int partition, long offset, String key, String eventId, String eventType, String failedTopic,
                         String reason, String cause, Instant deadLetteredAt, Instant replayedAt, String replayedBy,
                         String payload) {

    DeadLetter withoutPayload() {
        return new DeadLetter(partition, offset, key, eventId, eventType, failedTopic, reason, cause, deadLetteredAt,
                replayedAt, replayedBy, null);
    }

    DeadLetter replayed(Instant at, String by) {
        return new DeadLetter(partition, offset, key, eventId, eventType, failedTopic, reason, cause, deadLetteredAt,
                at, by, payload);
    }
}
