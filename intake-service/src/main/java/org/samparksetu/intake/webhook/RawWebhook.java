package org.samparksetu.intake.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A signed webhook body, byte for byte, kept as evidence and for re-processing. */
@Entity
@Table(name = "raw_webhook")
public class RawWebhook extends PanacheEntityBase {
    /**
     * PENDING: stored and answered 200, waiting to be filed; ACCEPTED: filed; INVALID_JSON: signed but not JSON, kept
     * as evidence only; FAILED: every processing attempt failed (the error says why); an operator can look into it.
     */
    public enum Outcome { PENDING, ACCEPTED, INVALID_JSON, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false)
    public String signature;

    @Column(nullable = false)
    public byte[] body;

    @Column(name = "body_sha256", nullable = false)
    public String bodySha256;

    @Column
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Outcome outcome;

    public String error;

    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "shard_key", nullable = false)
    public int shardKey;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
}
