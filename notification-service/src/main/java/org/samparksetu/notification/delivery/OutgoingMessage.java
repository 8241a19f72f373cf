package org.samparksetu.notification.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to a citizen, caused by one complaint event (unique). Written in the consumer's
 * transaction; the sender moves it PENDING → SENT or FAILED. The id is our idempotency key and
 * travels to WhatsApp as {@code biz_opaque_callback_data}.
 */
@Entity
@Table(name = "outgoing_message")
public class OutgoingMessage {

    public enum State {
        /** The cause arrived before complaint.received: nobody to write to yet. Released, never dropped. */
        WAITING_FOR_CITIZEN,
        PENDING,
        /** Claimed and handed to the Graph API; the result is not recorded yet. Left so by a crash: in doubt. */
        SENDING,
        /** The send may have gone out (timeout, crash): waits for a status webhook with our id before a resend. */
        IN_DOUBT,
        SENT,
        FAILED
    }

    /** Who a message is for: the citizen of the complaint, or an officer told of it (officer.notice). */
    public enum Audience {
        CITIZEN,
        OFFICER
    }

    @Id
    public UUID id;

    /** Filled by the database; breaks ties between causes of the same instant. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(name = "cause_event_id", nullable = false, unique = true)
    public UUID causeEventId;

    @Column(name = "cause_type", nullable = false)
    public String causeType;

    @Column(name = "cause_time", nullable = false)
    public Instant causeTime;

    /** Sending order for one recipient: (orderAt, priority, seq). */
    @Column(name = "order_at", nullable = false)
    public Instant orderAt;

    /** 0 for the acknowledgement, 1 for everything after it. */
    @Column(nullable = false)
    public short priority;

    @Column(name = "cause_payload", nullable = false)
    public String causePayload;

    @Column(nullable = false)
    public String kind;

    /** An officer's message is never counted as the citizen's (call list, status answers). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience = Audience.CITIZEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    public String recipient;
    public String language;
    public String body;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_error_code")
    public Integer lastErrorCode;

    @Column(name = "last_error")
    public String lastError;

    public String wamid;

    @Column(name = "delivery_status")
    public String deliveryStatus;

    @Column(name = "delivery_status_at")
    public Instant deliveryStatusAt;

    /** The approved-template form, for a closed window or after a 131047. */
    @Column(name = "template_body")
    public String templateBody;

    /** FREE_FORM or TEMPLATE: what went out, or was last tried. */
    @Column(name = "sent_as")
    public String sentAs;

    @Column(name = "force_template", nullable = false)
    public boolean forceTemplate;

    @Column(name = "pair_limit_hits", nullable = false)
    public int pairLimitHits;

    @Column(name = "in_doubt_since")
    public Instant inDoubtSince;

    @Column(name = "duplicate_wamid")
    public String duplicateWamid;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "failed_at")
    public Instant failedAt;
}
