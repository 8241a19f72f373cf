package org.samparksetu.intake.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A complaint as it was received at the front door: who, what, where, in which language. */
@Entity
@Table(name = "complaint")
public class Complaint {
    /** The front doors a complaint comes through. */
    public static final String CHANNEL_WHATSAPP = "WHATSAPP";
    public static final String CHANNEL_OPERATOR = "OPERATOR";
    public static final String CHANNEL_OPEN311 = "OPEN311";

    /**
     * DRAFT while it is being put together (more messages may join it); then RECEIVED (announced), QUARANTINED (held
     * for an operator), AWAITING_TRANSCRIPTION (a photo, voice note or document whose words, if any, are only a cover
     * note: a person reads it; later parts keep joining it as complaint_part rows), LINKED (same text again: see {@link #linkedTo}),
     * and later REJECTED (by an operator) or WITHDRAWN (by the citizen).
     */
    public enum Status { DRAFT, RECEIVED, QUARANTINED, AWAITING_TRANSCRIPTION, LINKED, REJECTED, WITHDRAWN }

    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    /** The (first) WhatsApp message it came from; unique, so one message never makes two complaints. Null for
     * complaints from other front doors. */
    @Column(unique = true)
    public String wamid;

    /** The citizen's WhatsApp id: the phone digits, or a business-scoped user id when WhatsApp hides the phone. */
    @Column(name = "citizen_wa_id", nullable = false)
    public String citizenWaId;

    @Column(nullable = false)
    public String channel;

    @Column(name = "message_type", nullable = false)
    public String messageType;

    public String text;

    @Column(nullable = false)
    public String language;

    public Double latitude;
    public Double longitude;
    @Column(name = "location_name")
    public String locationName;
    @Column(name = "location_address")
    public String locationAddress;

    /** WhatsApp's media id (valid 7 days); downloading and hashing the media is a later step. */
    @Column(name = "media_id")
    public String mediaId;
    @Column(name = "media_mime_type")
    public String mediaMimeType;

    @Column(name = "contact_number")
    public String contactNumber;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Until when further messages from the same citizen join this complaint (DRAFT only); moves with each part. */
    @Column(name = "window_closes_at")
    public Instant windowClosesAt;

    @Column(name = "first_contact")
    public Boolean firstContact;

    /**
     * When the citizen was given the complaint number while it was still being put together (citizen.notice
     * ACKNOWLEDGED): its first words or media. Null when the number comes only with complaint.received (a zero
     * window, other front doors) or while a pin alone waits for words. The assembly cap counts from it.
     */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** The last time the citizen was told about this draft (acknowledged, part added, pin needs words). */
    @Column(name = "citizen_told_at")
    public Instant citizenToldAt;

    /** The message types the citizen was told about for this draft, space-separated ("text image"). */
    @Column(name = "told_part_types")
    public String toldPartTypes;

    @Column(name = "quarantine_reason")
    public String quarantineReason;

    /** For LINKED: the earlier complaint from the same number with the same (or nearly the same) text. */
    @Column(name = "linked_to")
    public String linkedTo;

    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "transcribed_by")
    public String transcribedBy;

    /** Open311 service code (a department code) when filed through GeoReport v2. */
    @Column(name = "service_code")
    public String serviceCode;
    @Column(name = "reporter_name")
    public String reporterName;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
