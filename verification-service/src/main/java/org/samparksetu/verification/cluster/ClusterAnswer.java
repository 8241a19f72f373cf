package org.samparksetu.verification.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One citizen of a cluster asked about one check of its leader, and their answer once they give it. */
@Entity
@Table(name = "cluster_answer")
public class ClusterAnswer {
    @Embeddable
    public record Key(@Column(name = "verification_id") UUID verificationId,
                      @Column(name = "complaint_id") String complaintId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public VerificationAnswer answer;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
