package org.samparksetu.verification.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A photo the citizen sent with their dispute of a fix, named by its content hash in intake's media store. */
@Entity
@Table(name = "dispute_photo")
public class DisputePhoto {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "verification_id", nullable = false)
    public UUID verificationId;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(nullable = false)
    public String sha256;

    public String caption;

    /** The WhatsApp message id: evidence of who sent it and when. */
    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
