package org.samparksetu.intake.complaint;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;

/**
 * The two things intake tells the other services about a complaint: it is received (on {@code complaint.received},
 * for routing) or it is held for an operator ({@code complaint.quarantined}, and the citizen is told by the
 * notification service). The state change, the event and the decision log entry are written together, in the
 * caller's transaction.
 */
@ApplicationScoped
public class ComplaintAnnouncements {
    private static final Logger LOG = Logger.getLogger(ComplaintAnnouncements.class);

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    Citizens citizens;
    @Inject
    DecisionLog decisions;
    @Inject
    MeterRegistry metrics;
    @Inject
    ComplaintPartStore parts;

    /**
     * Announces the complaint on {@code complaint.received}. For a complaint whose number the citizen already has
     * (ACKNOWLEDGED while it was put together) the event says so, and no second acknowledgement is sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Complaint c, String actor) {
        c.status = Complaint.Status.RECEIVED;
        c.updatedAt = Instant.now(clock);
        c.language = c.language == null ? LanguageGuess.of(c.text) : c.language;
        if (Complaint.CHANNEL_WHATSAPP.equals(c.channel) && c.citizenWaId != null && !c.acknowledged()) {
            c.firstContact = citizens.welcomeIfFirst(c.citizenWaId); // acknowledged complaints decided it then
        }
        GeoPoint location = c.latitude == null ? null
                : new GeoPoint(c.latitude, c.longitude, c.locationName, c.locationAddress);
        outbox.emit(EventType.COMPLAINT_RECEIVED, c.complaintId, new ComplaintReceived(c.complaintId, c.citizenWaId,
                c.channel, c.language, c.text, location, parts.mediaHashes(c.complaintId), c.contactNumber, c.receivedAt,
                c.firstContact, c.acknowledged()));
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "RECEIVED", null, actor);
        metrics.counter("intake.complaints.created", "channel", c.channel).increment();
        LOG.infof("complaint %s received from %s (%s, %s, language %s)", c.complaintId, Mask.phone(c.citizenWaId),
                c.channel, Mask.text(c.text), c.language);
    }

    /** Holds the complaint back for an operator; the citizen is told (by the notification service) it is held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void quarantine(Complaint c, String reason) {
        Instant now = Instant.now(clock);
        c.status = Complaint.Status.QUARANTINED;
        c.quarantineReason = reason;
        c.updatedAt = now;
        outbox.emit(EventType.COMPLAINT_QUARANTINED, c.complaintId,
                new ComplaintQuarantined(c.complaintId, reason, now, c.citizenWaId, c.language, "HELD"));
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "QUARANTINED", reason, DecisionLog.SYSTEM);
        metrics.counter("intake.complaints.quarantined", "reason", reason).increment();
        LOG.infof("complaint %s from %s quarantined: %s", c.complaintId, Mask.phone(c.citizenWaId), reason);
    }
}
