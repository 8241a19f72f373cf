package org.samparksetu.verification.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.ReplyIds.DisposalReply;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.fieldcheck.FieldCheckSampler;
import org.samparksetu.verification.fieldcheck.FieldCheckService;
import org.samparksetu.verification.verification.OutcomeMetrics;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;
import org.samparksetu.verification.verification.VerificationOutcomes;
import org.samparksetu.verification.verification.VerificationRepository;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies the citizen's answer to an appeal offer, or their silence, as {@link AppealRule} decides: the states, the
 * events and a field check commit together.
 */
@ApplicationScoped
public class AppealService {
    private static final Logger LOG = Logger.getLogger(AppealService.class);
    static final String METHOD_CITIZEN = "CITIZEN";
    static final String METHOD_NO_ANSWER = "NO_ANSWER";

    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    VerificationOutcomes outcomes;
    @Inject
    FieldCheckService fieldChecks;
    @Inject
    FieldCheckSampler sampler;
    @Inject
    OutcomeMetrics metrics;
    @Inject
    Clock clock;

    /** @param reply the tapped (or typed) answer; the listener has checked that it names the event's own complaint */
    @Transactional
    public void answer(EventEnvelope<CitizenReplied> event, DisposalReply reply) {
        String complaintId = reply.complaintId();
        Optional<TrackedComplaint> tracked = complaints.lock(complaintId);
        Optional<Verification> open = tracked.flatMap(c -> verifications.findOpen(complaintId));
        if (open.isEmpty()) {
            LOG.infof("appeal answer %s for complaint %s: no check is open; nothing changed", reply.answer(), complaintId);
            return;
        }
        TrackedComplaint complaint = tracked.get();
        Verification check = open.get();
        Decision decision = AppealRule.onAnswer(check.state, complaint.state, complaint.escalationLevel, check.outcome,
                reply.answer());
        if (!decision.changesAnything()) {
            LOG.infof("appeal answer %s for complaint %s: check %s is %s, not offering an appeal; nothing changed",
                    reply.answer(), complaintId, check.id, check.state);
            return;
        }
        Instant now = clock.instant();
        check.recordDisposalAnswer(reply.answer(), event.data().messageId(), now);
        apply(decision, complaint, check, METHOD_CITIZEN, AppealRule.FIELD_CHECK_APPEAL, now);
        metrics.appealEnded(decision.verdict() == Verdict.DISPOSAL_STANDS ? OutcomeMetrics.ACCEPTED : OutcomeMetrics.APPEALED);
        LOG.infof("complaint %s: citizen answered %s to the %s disposal (check %s); complaint %s at L%d",
                complaintId, reply.answer(), check.outcome, check.id, complaint.state, complaint.escalationLevel);
    }

    /** Appeal offers whose period has ended by {@code now}. */
    @Transactional
    public List<UUID> silenceDue(Instant now) {
        return verifications.list("state = ?1 and silenceDueAt <= ?2", VerificationState.APPEAL_OFFERED, now)
                .stream().map(v -> v.id).toList();
    }

    /** The appeal period ended without an answer; locked and checked again, so two ticks never act twice. */
    @Transactional
    public void onSilence(UUID checkId, Instant now) {
        Verification v = verifications.findById(checkId);
        if (v == null) {
            return;
        }
        TrackedComplaint complaint = complaints.lock(v.complaintId).orElseThrow();
        verifications.getEntityManager().refresh(v, LockModeType.PESSIMISTIC_WRITE);
        Decision decision = AppealRule.onSilence(v.state, complaint.state, complaint.escalationLevel, v.silenceDueAt, now,
                sampler.sample(v));
        if (!decision.changesAnything()) {
            return;
        }
        apply(decision, complaint, v, METHOD_NO_ANSWER, AppealRule.FIELD_CHECK_UNANSWERED_SAMPLE, now);
        if (decision.verdict() == Verdict.DISPOSAL_STANDS) {
            metrics.appealEnded(OutcomeMetrics.UNANSWERED);
        }
        LOG.infof("complaint %s: no answer to the %s disposal by %s (check %s); complaint %s",
                v.complaintId, v.outcome, v.silenceDueAt, v.id,
                decision.verdict() == Verdict.FIELD_CHECK_NEEDED ? "sampled for a field check" : "closed as disposed");
    }

    private void apply(Decision decision, TrackedComplaint complaint, Verification check, String method,
                       String fieldCheckReason, Instant now) {
        outcomes.apply(decision, complaint, check, method, now);
        if (decision.verdict() == Verdict.FIELD_CHECK_NEEDED) {
            fieldChecks.assign(complaint, check, fieldCheckReason, now);
        }
    }
}
