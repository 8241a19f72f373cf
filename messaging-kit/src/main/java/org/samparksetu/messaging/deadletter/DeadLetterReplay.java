package org.samparksetu.messaging.deadletter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A dead-lettered record put back on the topic it failed on. */
@Entity
@Table(name = "dead_letter_replay")
public class DeadLetterReplay {
    @Embeddable
    public record Place(@Column(name = "dead_letter_partition") int partition,
                        @Column(name = "dead_letter_offset") long offset) implements Serializable {
    }

    @EmbeddedId
    public Place place;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "replayed_to", nullable = false)
    public String replayedTo;

    @Column(name = "replayed_by", nullable = false)
    public String replayedBy;

    @Column(name = "replayed_at", nullable = false)
    public Instant replayedAt;
}
