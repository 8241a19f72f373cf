package org.samparksetu.intake.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.text.ContactNumbers;
import org.samparksetu.intake.text.LanguageGuess;

import java.time.Clock;
import java.time.Instant;

/**
 * Complaints from the other front doors, complete when they come: what an operator typed in at a jansunwai or from a
 * phone call (announced at once: the operator vouches for it), or what an Open311 client sent (screened like a
 * WhatsApp complaint, without the per-number limits).
 */
@ApplicationScoped
public class ComplaintSubmissions {

    @Inject
    Clock clock;
    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintNumbering numbering;
    @Inject
    ComplaintScreening screening;
    @Inject
    ComplaintAnnouncements announcements;
    @Inject
    Citizens citizens;

    /**
     * @param channel     {@link Complaint#CHANNEL_OPERATOR} or {@link Complaint#CHANNEL_OPEN311}
     * @param messageType how it was taken (jansunwai, phone, walk_in, letter; text for Open311)
     */
    public record Submission(String channel, String messageType, String citizenWaId, String reporterName, String text,
                             String place, Double latitude, Double longitude, String serviceCode) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint file(Submission s, String actor) {
        Instant now = Instant.now(clock);
        if (s.citizenWaId() != null) {
            citizens.lock(s.citizenWaId());
        }
        Complaint c = numbering.open(s.channel(), s.citizenWaId(), s.messageType(), now);
        c.text = s.text();
        c.reporterName = s.reporterName();
        c.locationName = s.place();
        c.latitude = s.latitude();
        c.longitude = s.longitude();
        c.serviceCode = s.serviceCode();
        c.decidedBy = actor;
        complaints.persist(c);
        if (Complaint.CHANNEL_OPERATOR.equals(s.channel())) {
            c.language = LanguageGuess.of(c.text);
            c.contactNumber = ContactNumbers.extract(c.text);
            announcements.announce(c, actor);
        } else {
            screening.finish(c);
        }
        return c;
    }
}
