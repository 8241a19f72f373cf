package org.samparksetu.verification.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.rating.RatingRule.Decision;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationMetrics;
import org.samparksetu.verification.verification.VerificationRepository;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies a citizen's rating of a closed complaint, or their request to reopen it (see {@link RatingRule}): the
 * rating, the reopening and the events that announce them ({@code complaint.rated}, and {@code complaint.reopened}
 * when it reopens) commit together. Every rating or request gets exactly one {@code complaint.rated}, so the citizen
 * is always answered; replays (the inbox) and the same WhatsApp message under a new event id change nothing.
 */
@ApplicationScoped
public class RatingService {
    private static final Logger LOG = Logger.getLogger(RatingService.class);
    /** Tells the department, the portal and the citizen why the complaint is back. */
    public static final String REASON_CITIZEN_NOT_SATISFIED = "CITIZEN_NOT_SATISFIED";

    @Inject
    Outbox outbox;
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    CitizenRatingRepository ratings;
    @Inject
    VerificationMetrics metrics;
    @Inject
    VerificationConfig config;
    @Inject
    Clock clock;
    @Inject
    org.samparksetu.verification.cluster.ClusterMembers clusters;

    /**
     * @param complaintId the complaint rated: the event's, or the one named on the tapped button (the listener has
     *                    checked that a button names the event's own complaint)
     * @param rating      1..5, or null for a plain request to reopen
     */
    @Transactional
    public void rate(EventEnvelope<CitizenReplied> event, String complaintId, Integer rating) {
        CitizenReplied replied = event.data();
        if (ratings.hasMessage(replied.messageId())) {
            LOG.infof("rating of complaint %s: message already handled under another event; nothing changed", complaintId);
            return;
        }
        Instant now = clock.instant();
        Optional<TrackedComplaint> tracked = complaints.lock(complaintId);
        if (tracked.isEmpty()) {
            // Not registered on Sampark yet, so certainly not closed; still answered.
            outbox.emit(EventType.COMPLAINT_RATED, complaintId,
                    new ComplaintRated(complaintId, null, rating, false, ComplaintRated.NOT_CLOSED, now));
            metrics.reopenRefused(ComplaintRated.NOT_CLOSED);
            LOG.infof("rating %s of complaint %s, which verification does not track; refused as not closed",
                    rating, complaintId);
            return;
        }
        TrackedComplaint complaint = tracked.get();
        Decision decision = RatingRule.decide(complaint.state, complaint.closedAt, complaint.rating != null,
                complaint.escalationLevel, rating, now, config.reopen().period());

        CitizenRating record = new CitizenRating();
        record.complaintId = complaintId;
        record.departmentCode = complaint.departmentCode;
        record.closure = complaint.isClosed() ? complaint.closures : null;
        record.verificationId = complaint.isClosed() ? closingCheck(complaintId).orElse(null) : null;
        record.rating = rating;
        record.counted = decision.counted();
        record.reopened = decision.reopen();
        record.refusal = decision.refusal();
        record.messageId = replied.messageId();
        record.ratedAt = now;
        ratings.persist(record);

        if (decision.counted()) {
            complaint.rate(rating, now);
            metrics.closureRated(RatingRule.satisfied(rating));
        }
        outbox.emit(EventType.COMPLAINT_RATED, complaintId, new ComplaintRated(complaintId, complaint.departmentCode,
                rating, decision.reopen(), decision.refusal(), now));
        if (decision.reopen()) {
            // The same complaint number, with its history: back with the department one level up, on a new clock.
            // A cluster's member was closed with its leader's fix: the leader (the one problem) is what reopens.
            TrackedComplaint reopened = complaint.clusterLeaderId == null ? complaint
                    : complaints.lock(complaint.clusterLeaderId).filter(TrackedComplaint::isClosed).orElse(null);
            if (reopened != null) {
                reopened.reopen(decision.escalationLevel(), now,
                        now.plus(config.deadline().levelLimitFor(reopened.departmentCode)));
                outbox.emit(EventType.COMPLAINT_REOPENED, reopened.complaintId, new ComplaintReopened(reopened.complaintId,
                        reopened.departmentCode, REASON_CITIZEN_NOT_SATISFIED, decision.escalationLevel(), now));
                clusters.reopenWithLeader(reopened, now);
                metrics.reopenedByCitizen();
            }
        }
        if (decision.refusal() != null) {
            metrics.reopenRefused(decision.refusal());
        }
        LOG.infof("complaint %s: citizen %s; counted %s, reopened %s%s; complaint %s at L%d", complaintId,
                rating == null ? "asked to reopen" : "rated " + rating, decision.counted(), decision.reopen(),
                decision.refusal() == null ? "" : " (refused: " + decision.refusal() + ")",
                complaint.state, complaint.escalationLevel);
    }

    /** The check whose verdict closed the complaint last: the fix being rated. */
    private Optional<UUID> closingCheck(String complaintId) {
        return verifications.listForComplaint(complaintId).stream()
                .filter(v -> v.verifiedAt != null)
                .filter(v -> v.state == VerificationState.CONFIRMED || v.state == VerificationState.FALSE_COMPLAINT
                        || v.state == VerificationState.DISPOSAL_ACCEPTED)
                .max(Comparator.comparing((Verification v) -> v.verifiedAt))
                .map(v -> v.id);
    }
}
