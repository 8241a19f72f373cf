package org.samparksetu.notification.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who to write to about a complaint and in which language, as complaint.received said. */
@Entity
@Table(name = "citizen_contact")
public class CitizenContact {
    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    /** The citizen's WhatsApp id (digits, country code first). Personal data: masked in logs. */
    @Column(name = "wa_id", nullable = false)
    public String waId;

    /** {@code hi} or {@code en}. */
    @Column(nullable = false)
    public String language;

    public String channel;

    @Column(name = "known_at", nullable = false)
    public Instant knownAt;
}
