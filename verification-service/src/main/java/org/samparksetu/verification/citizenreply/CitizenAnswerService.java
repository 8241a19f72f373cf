package org.samparksetu.verification.citizenreply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.ReplyIds.VerificationReply;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.DisputeReasonRequested;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.fieldcheck.FieldCheckRules;
import org.samparksetu.verification.fieldcheck.FieldCheckService;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationDecision;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationMetrics;
import org.samparksetu.verification.verification.VerificationOutcomes;
import org.samparksetu.verification.verification.VerificationRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the citizen's answer to the complaint's open check (see {@link VerificationDecision}); the new
 * states and the events they announce commit together.
 */
@ApplicationScoped
public class CitizenAnswerService {
    private static final Logger LOG = Logger.getLogger(CitizenAnswerService.class);
    static final String METHOD_CITIZEN = "CITIZEN";

    @Inject
    Outbox outbox;
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    VerificationMetrics metrics;
    @Inject
    VerificationOutcomes outcomes;
    @Inject
    FieldCheckService fieldChecks;
    @Inject
    Clock clock;
    @Inject
    org.samparksetu.verification.cluster.ClusterMembers clusters;

    /** @param reply the tapped (or typed) answer; the listener has checked that it names the event's own complaint */
    @Transactional
    public void recordAnswer(EventEnvelope<CitizenReplied> event, VerificationReply reply) {
        CitizenReplied replied = event.data();
        String answeredFor = reply.complaintId();
        // A cluster's member is asked about its leader's check: the answer counts there, with the others'.
        Optional<TrackedComplaint> tracked = complaints.lock(answeredFor).flatMap(c -> c.clusterLeaderId == null
                ? Optional.of(c) : complaints.lock(c.clusterLeaderId));
        Optional<Verification> open = tracked.flatMap(c -> verifications.findOpen(c.complaintId));
        if (open.isEmpty()) {
            LOG.infof("answer %s for complaint %s: no check is open; nothing changed", reply.answer(), answeredFor);
            return;
        }
        TrackedComplaint complaint = tracked.get();
        Verification check = open.get();
        Instant now = clock.instant();
        Optional<VerificationAnswer> answer = clusters.answer(check.id, answeredFor, reply.answer(), replied.messageId(), now);
        if (answer.isEmpty()) {
            LOG.infof("answer %s for complaint %s: counted for check %s of its cluster, which waits for the others",
                    reply.answer(), answeredFor, check.id);
            return;
        }
        Decision decision = VerificationDecision.onCitizenAnswer(
                check.state, complaint.state, complaint.escalationLevel, answer.get());
        if (!decision.changesAnything()) {
            LOG.infof("answer %s for complaint %s: check %s is %s, the answer was already recorded; nothing changed",
                    reply.answer(), answeredFor, check.id, check.state);
            return;
        }
        check.recordCitizenAnswer(answer.get(), replied.messageId(), now);
        outcomes.apply(decision, complaint, check, METHOD_CITIZEN, now);
        followUp(decision, complaint, check, answeredFor, now);
        LOG.infof("complaint %s: citizen answered %s to check %s; complaint %s at L%d",
                answeredFor, reply.answer(), check.id, complaint.state, complaint.escalationLevel);
    }

    /**
     * A text from the citizen about a complaint whose fix they disputed is their reason. Anything else
     * (a text about another matter) is not ours and changes nothing.
     */
    @Transactional
    public void recordReason(EventEnvelope<CitizenReplied> event) {
        CitizenReplied replied = event.data();
        if (replied.complaintId() == null || replied.text() == null || replied.text().isBlank()) {
            return;
        }
        complaints.lock(replied.complaintId())
                .flatMap(c -> verifications.awaitingReason(c.clusterLeaderId == null ? c.complaintId : c.clusterLeaderId))
                .ifPresent(check -> {
                    check.disputeReason = replied.text().strip();
                    check.awaitingReason = false;
                    LOG.infof("complaint %s: citizen gave the reason for disputing check %s", check.complaintId, check.id);
                });
    }

    /** What the answer sets going beyond the check itself: the question why, a field check, the counters. */
    private void followUp(Decision decision, TrackedComplaint complaint, Verification check, String answeredFor,
                          Instant now) {
        // the citizen who disputed is asked why (in a cluster, perhaps not the leader's); the one check is the leader's
        String id = answeredFor;
        switch (decision.verdict()) {
            case CONFIRMED_FIXED -> metrics.confirmedFixed();
            case CITIZEN_DISPUTED -> {
                // Ask why (and for a photo), and send someone to look: the verifier's verdict decides, and the
                // citizen's reason and photos go with them.
                check.awaitingReason = true;
                outbox.emit(EventType.COMPLAINT_REASON_REQUESTED, id, new DisputeReasonRequested(
                        id, check.id.toString(), complaint.departmentCode, now));
                fieldChecks.assign(complaint, check, FieldCheckRules.REASON_CITIZEN_DISPUTED, now);
                metrics.disputed();
            }
            case FIELD_CHECK_NEEDED -> {
                fieldChecks.assign(complaint, check, FieldCheckRules.REASON_CITIZEN_UNSURE, now);
                metrics.fieldCheckNeeded();
            }
            case FALSE_COMPLAINT, NOTHING_TO_CHANGE -> {
            }
        }
    }
}
