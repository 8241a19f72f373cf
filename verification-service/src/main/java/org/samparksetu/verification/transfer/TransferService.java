package org.samparksetu.verification.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.verification.OutcomesConfig;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.fieldcheck.FieldCheckService;
import org.samparksetu.verification.transfer.TransferRule.Move;
import org.samparksetu.verification.transfer.TransferRule.OpenCheck;
import org.samparksetu.verification.verification.OutcomeMetrics;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationRepository;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sampark moved a complaint to another department (the bridge's {@code complaint.transferred}): the complaint follows
 * it as {@link TransferRule} says. Emits nothing: the bridge's event already tells the citizen and the departments.
 */
@ApplicationScoped
public class TransferService {
    private static final Logger LOG = Logger.getLogger(TransferService.class);
    public static final String CONSUMER = "verification-service.complaint-transferred";

    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    FieldCheckService fieldChecks;
    @Inject
    VerificationConfig config;
    @Inject
    OutcomesConfig outcomes;
    @Inject
    OutcomeMetrics metrics;
    @Inject
    Clock clock;

    @Transactional
    public void transfer(EventEnvelope<ComplaintTransferred> event) {
        ComplaintTransferred t = event.data();
        Instant now = clock.instant();
        // The transfer may overtake the registration (another topic): it starts tracking with the new department.
        TrackedComplaint complaint = complaints.trackAndLock(t.complaintId(), t.toDepartmentCode(), t.grievanceId(), now,
                now.plus(config.deadline().limitFor(t.toDepartmentCode(), null)));
        complaint.fillFromReport(t.toDepartmentCode(), t.grievanceId());
        Optional<Verification> open = verifications.findOpen(t.complaintId());
        OpenCheck openCheck = open.map(v -> t.toDepartmentCode().equals(v.departmentCode)
                ? OpenCheck.NEW_DEPARTMENT : OpenCheck.OLD_DEPARTMENT).orElse(OpenCheck.NONE);
        Move move = TransferRule.onTransfer(
                new TransferRule.Standing(complaint.state, complaint.escalationLevel, complaint.dueAt,
                        complaint.transfers, openCheck),
                t.transfers(), outcomes.freshClockTransfers(),
                config.deadline().limitFor(t.toDepartmentCode(), complaint.subject),
                config.deadline().levelLimitFor(t.toDepartmentCode()), now);
        if (!move.changesDepartment()) {
            LOG.infof("complaint %s: transfer %d to %s changes nothing (%s)", t.complaintId(), t.transfers(),
                    t.toDepartmentCode(), move.kind());
            return;
        }
        String from = t.fromDepartmentCode() != null ? t.fromDepartmentCode() : complaint.departmentCode;
        complaint.transfer(from, t.toDepartmentCode(), t.transfers(), now);
        if (move.cancelsCheck()) {
            Verification old = open.orElseThrow();
            // The old department's report no longer counts: nobody waits for an answer or a visit about it.
            old.state = VerificationState.TRANSFERRED;
            old.awaitingReason = false;
            fieldChecks.cancelFor(old);
        }
        if (move.dueAt() != null) {
            complaint.moveTo(move.state(), now);
            complaint.escalationLevel = move.level();
            complaint.startClock(move.dueAt());
            // an interim promise was the old department's; it binds nobody now
            complaint.interimReason = null;
            complaint.interimExpectedBy = null;
            complaint.interimOfficer = null;
            complaint.interimAt = null;
        }
        metrics.transferred();
        LOG.infof("complaint %s: transferred %s -> %s (%s, transfer %d): %s%s; %s at L%d, due %s", t.complaintId(), from,
                t.toDepartmentCode(), t.mode(), t.transfers(), move.kind(),
                move.cancelsCheck() ? ", the old department's check cancelled" : "", complaint.state,
                complaint.escalationLevel, complaint.dueAt);
    }
}
