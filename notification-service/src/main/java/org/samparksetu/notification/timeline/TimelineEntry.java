package org.samparksetu.notification.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step in a complaint's life, as a status query will show it. No personal data in the summary. */
@Entity
@Table(name = "timeline")
public class TimelineEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String summary;

    /** The event as received (null for rows from before it was kept): status queries read department, IDs, times. */
    public String payload;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
