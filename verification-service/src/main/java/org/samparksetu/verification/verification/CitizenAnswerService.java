package org.samparksetu.verification.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds.VerificationReply;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintVerified;
import org.samparksetu.messaging.inbox.Inbox;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.verification.VerificationDecision.Decision;

import java.time.Instant;
import java.util.Optional;

/**
 * Applies the citizen's answer to the complaint's open check (see {@link VerificationDecision}); the new
 * states and the events they announce commit together.
 */
@ApplicationScoped
public class CitizenAnswerService {
    private static final Logger LOG = Logger.getLogger(CitizenAnswerService.class);
    static final String CONSUMER = "verification-service.citizen-replied";
    static final String METHOD_CITIZEN = "CITIZEN";
    static final String RESOLUTION_VERIFIED_FIXED = "VERIFIED_FIXED";
    static final String REASON_CITIZEN_DISPUTED = "CITIZEN_DISPUTED_FIX";

    @Inject
    Inbox inbox;
    @Inject
    Outbox outbox;
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    VerificationMetrics metrics;

    @Transactional
    public void recordAnswer(EventEnvelope<CitizenReplied> event, VerificationReply reply) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        CitizenReplied replied = event.data();
        String complaintId = reply.complaintId();
        // Intake vouches that the event's complaint was filed from the replying number; a button naming
        // another complaint is not an answer about that one.
        if (replied.complaintId() != null && !replied.complaintId().equals(complaintId)) {
            LOG.warnf("reply %s names complaint %s on a button of complaint %s; ignored",
                    event.id(), replied.complaintId(), complaintId);
            return;
        }
        Optional<TrackedComplaint> tracked = complaints.lock(complaintId);
        Optional<Verification> open = tracked.flatMap(c -> verifications.findOpen(complaintId));
        if (open.isEmpty()) {
            LOG.infof("answer %s for complaint %s: no check is open; nothing changed", reply.answer(), complaintId);
            return;
        }
        TrackedComplaint complaint = tracked.get();
        Verification check = open.get();
        Decision decision = VerificationDecision.onCitizenAnswer(
                check.state, complaint.state, complaint.escalationLevel, reply.answer());
        if (!decision.changesAnything()) {
            LOG.infof("answer %s for complaint %s: check %s is %s, the answer was already recorded; nothing changed",
                    reply.answer(), complaintId, check.id, check.state);
            return;
        }
        Instant now = Instant.now();
        check.recordCitizenAnswer(reply.answer(), decision.verificationState(), replied.messageId(), now);
        complaint.moveTo(decision.complaintState(), now);
        complaint.escalationLevel = decision.escalationLevel();
        announce(decision, complaint, check, now);
        LOG.infof("complaint %s: citizen answered %s to check %s; complaint %s at L%d",
                complaintId, reply.answer(), check.id, complaint.state, complaint.escalationLevel);
    }

    private void announce(Decision decision, TrackedComplaint complaint, Verification check, Instant now) {
        String id = complaint.complaintId;
        switch (decision.verdict()) {
            case CONFIRMED_FIXED -> {
                outbox.emit(EventType.COMPLAINT_VERIFIED, id,
                        new ComplaintVerified(id, check.id.toString(), true, METHOD_CITIZEN, now));
                outbox.emit(EventType.COMPLAINT_CLOSED, id,
                        new ComplaintClosed(id, complaint.departmentCode, RESOLUTION_VERIFIED_FIXED, now));
                metrics.confirmedFixed();
            }
            case DISPUTED -> {
                outbox.emit(EventType.COMPLAINT_VERIFIED, id,
                        new ComplaintVerified(id, check.id.toString(), false, METHOD_CITIZEN, now));
                outbox.emit(EventType.COMPLAINT_REOPENED, id, new ComplaintReopened(
                        id, complaint.departmentCode, REASON_CITIZEN_DISPUTED, decision.escalationLevel(), now));
                metrics.disputed();
            }
            // Nothing to announce until a field check has a verdict (a later feature).
            case FIELD_CHECK_NEEDED -> metrics.fieldCheckNeeded();
            case NOT_AWAITING_ANSWER -> {
            }
        }
    }
}
