package org.samparksetu.intake.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.citizen.AbuseControls;
import org.samparksetu.intake.citizen.AbuseRule;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.text.ContactNumbers;
import org.samparksetu.intake.text.LanguageGuess;

import java.time.Clock;
import java.time.Instant;

/**
 * Complaints from the other front doors, complete when they come: what an operator typed in at a jansunwai or from a
 * phone call (announced at once: the operator vouches for it), or what an Open311 client sent (screened like a
 * WhatsApp complaint). The number's limits apply at both doors as on WhatsApp ({@link AbuseControls}): a blocked
 * number files nothing; past a limit the operator must give a reason to file it, and an Open311 request is held for
 * the grievance cell.
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
    @Inject
    AbuseControls abuse;

    /**
     * @param channel     {@link Complaint#CHANNEL_OPERATOR} or {@link Complaint#CHANNEL_OPEN311}
     * @param messageType how it was taken (jansunwai, phone, walk_in, letter; text for Open311)
     */
    /** @param overrideReason the operator's reason to file it past the number's limits, or null */
    public record Submission(String channel, String messageType, String citizenWaId, String reporterName, String text,
                             String place, Double latitude, Double longitude, String serviceCode, String overrideReason) {
    }

    /**
     * What came of it: the complaint (null when nothing was filed) and what the number's limits decided (null when
     * no number came). A refusal is in the decision log, so the caller commits and then answers with it.
     */
    public record Filed(Complaint complaint, AbuseRule.Decision decision) {
        public boolean refused() {
            return complaint == null;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Filed file(Submission s, String actor) {
        Instant now = Instant.now(clock);
        boolean byOperator = Complaint.CHANNEL_OPERATOR.equals(s.channel());
        AbuseRule.Door door = byOperator ? AbuseRule.Door.OPERATOR : AbuseRule.Door.OPEN311;
        AbuseRule.Decision decision = null;
        if (s.citizenWaId() != null) {
            citizens.lock(s.citizenWaId());
            decision = abuse.check(door, s.citizenWaId(), null, now, byOperator && s.overrideReason() != null);
            // at the other doors, what needs an operator is filed and held for one by the screening
            if (decision.outcome() == AbuseRule.Outcome.REFUSE
                    || (byOperator && decision.outcome() == AbuseRule.Outcome.NEEDS_OVERRIDE)) {
                abuse.recordRefusal(door, s.citizenWaId(), decision, actor);
                return new Filed(null, decision);
            }
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
        if (decision != null && decision.outcome() == AbuseRule.Outcome.OVERRIDDEN) {
            abuse.recordOverride(door, s.citizenWaId(), c.complaintId, decision.reason(), s.overrideReason(), actor);
        }
        if (byOperator) {
            c.language = LanguageGuess.of(c.text);
            c.contactNumber = ContactNumbers.extract(c.text);
            announcements.announce(c, actor);
        } else {
            screening.finish(c);
        }
        return new Filed(c, decision);
    }
}
