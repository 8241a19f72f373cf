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
    public enum Status { RECEIVED }

    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    /** The WhatsApp message it came from; unique, so one message never makes two complaints. */
    @Column(nullable = false, unique = true)
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
}
