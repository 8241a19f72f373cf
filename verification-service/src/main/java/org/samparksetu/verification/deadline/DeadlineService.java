package org.samparksetu.verification.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.DeadlineApproaching;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.complaint.EscalationRule;
import org.samparksetu.verification.fieldcheck.FieldCheck;
import org.samparksetu.verification.fieldcheck.FieldCheckRepository;
import org.samparksetu.verification.fieldcheck.FieldCheckRules;
import org.samparksetu.verification.fieldcheck.FieldCheckService;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationRepository;
import org.samparksetu.verification.verification.VerificationDecision;
import org.samparksetu.verification.verification.VerificationOutcomes;

import java.time.Instant;
import java.util.UUID;

/**
 * One deadline step for one complaint or check, each in its own transaction with the row locked and the
 * condition checked again, so two replicas (or a test and the scheduler) never act twice.
 */
@ApplicationScoped
public class DeadlineService {
    private static final Logger LOG = Logger.getLogger(DeadlineService.class);
    /** L3 → L4 is a person's decision (as in Madhya Pradesh's CM Helpline), never the clock's. */
    public static final String REASON_OVERDUE = "OVERDUE";
    public static final String REASON_MANUAL = "MANUAL";
    /** Nobody decided: silence only sends a field check, which announces nothing until the verifier's verdict. */
    static final String METHOD_NO_ANSWER = "NO_ANSWER";

    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    FieldCheckService fieldChecks;
    @Inject
    FieldCheckRepository fieldCheckRows;
    @Inject
    VerificationOutcomes outcomes;
    @Inject
    Outbox outbox;
    @Inject
    VerificationConfig config;
    @Inject
    org.samparksetu.verification.verification.VerificationMetrics metrics;

    /** Escalates every level whose deadline has passed by {@code now}, each at the minute it fell due. */
    @Transactional
    public void escalateIfOverdue(String complaintId, Instant now) {
        TrackedComplaint c = complaints.lock(complaintId).orElse(null);
        while (c != null && DeadlineRule.escalates(c.state, c.escalationLevel, c.dueAt, now)) {
            Instant dueAt = c.dueAt;
            int from = c.escalationLevel;
            c.escalationLevel = EscalationRule.onDeadlineMissed(from).getAsInt();
            c.startClock(dueAt.plus(config.deadline().levelLimitFor(c.departmentCode)));
            outbox.emit(EventType.COMPLAINT_ESCALATED, complaintId, new ComplaintEscalated(complaintId,
                    c.departmentCode, from, c.escalationLevel, REASON_OVERDUE, dueAt));
            metrics.escalated();
            LOG.infof("complaint %s overdue since %s: escalated L%d -> L%d", complaintId, dueAt, from, c.escalationLevel);
        }
    }

    @Transactional
    public void remindOfficersIfDue(String complaintId, Instant now) {
        complaints.lock(complaintId)
                .filter(c -> DeadlineRule.remindsOfficers(c.state, c.dueAt, c.deadlineRemindedAt,
                        config.deadline().remindBefore(), now))
                .ifPresent(c -> {
                    c.deadlineRemindedAt = now;
                    outbox.emit(EventType.COMPLAINT_DEADLINE_APPROACHING, complaintId, new DeadlineApproaching(
                            complaintId, c.departmentCode, c.escalationLevel, c.dueAt, now));
                });
    }

    /** The citizen has not answered: ask once more, with the same buttons. */
    @Transactional
    public void remindCitizenIfDue(UUID checkId, Instant now) {
        Verification v = verifications.findById(checkId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (v == null || !DeadlineRule.remindsCitizen(v.state, v.reminderDueAt, v.remindedAt, now)) {
            return;
        }
        v.remindedAt = now;
        outbox.emit(EventType.COMPLAINT_VERIFICATION_REQUESTED, v.complaintId, new VerificationRequested(v.complaintId,
                v.id.toString(), v.departmentCode, v.outcome, v.remarks, now, VerificationRequested.KIND_REMINDER));
    }

    /** Still no answer after the reminder: someone goes and looks. */
    @Transactional
    public void sendFieldCheckOnSilence(UUID checkId, Instant now) {
        Verification v = verifications.findById(checkId);
        if (v == null) {
            return;
        }
        TrackedComplaint c = complaints.lock(v.complaintId).orElseThrow();
        verifications.getEntityManager().refresh(v);
        if (!DeadlineRule.silenceSendsFieldCheck(v.state, v.silenceDueAt, now)) {
            return;
        }
        outcomes.apply(VerificationDecision.onSilence(v.state, c.state, c.escalationLevel), c, v, METHOD_NO_ANSWER, now);
        fieldChecks.assign(c, v, FieldCheckRules.REASON_NO_ANSWER, now);
        LOG.infof("complaint %s: citizen silent on check %s; field check sent", v.complaintId, v.id);
    }

    /** The verifier did not come back in time: the check goes to the grievance cell as flagged. */
    @Transactional
    public void flagOverdueVisit(UUID fieldCheckId, Instant now) {
        FieldCheck fc = fieldCheckRows.findById(fieldCheckId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (fc == null || !DeadlineRule.visitOverdue(fc.state, fc.dueAt, now)) {
            return;
        }
        fieldChecks.flagOverdueVisit(fc, now);
    }

    /** Nobody reviewed the flag in time: the check is sent again. */
    @Transactional
    public void resendOverdueReview(UUID fieldCheckId, Instant now) {
        FieldCheck fc = fieldCheckRows.findById(fieldCheckId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (fc == null || !DeadlineRule.reviewOverdue(fc.state, fc.reviewDueAt, now)) {
            return;
        }
        FieldCheck next = fieldChecks.resendOverdueReview(fc, now);
        LOG.infof("complaint %s: flagged field check %s not reviewed by %s; sent again to %s", fc.complaintId, fc.id,
                fc.reviewDueAt, next.verifier);
    }
}
