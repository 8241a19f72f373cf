package org.samparksetu.verification.withdrawal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.fieldcheck.FieldCheckService;
import org.samparksetu.verification.verification.VerificationMetrics;
import org.samparksetu.verification.verification.VerificationRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * The citizen withdrew the complaint: every clock stops. The complaint is WITHDRAWN (no escalation, no officers'
 * reminder: nothing is due), an open check is WITHDRAWN (no citizen reminder, no field check on silence) and its
 * assigned field check is cancelled. A closed complaint stays closed: the withdrawal comes too late to matter.
 * Unknown complaints are tracked as WITHDRAWN straight away (the withdrawal may overtake complaint.registered on
 * its own topic), so a registration or action report arriving later starts nothing.
 */
@ApplicationScoped
public class WithdrawalService {
    private static final Logger LOG = Logger.getLogger(WithdrawalService.class);
    static final String CONSUMER = "verification-service.complaint-withdrawn";

    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    FieldCheckService fieldChecks;
    @Inject
    VerificationMetrics metrics;
    @Inject
    Clock clock;

    @Transactional
    public void withdraw(EventEnvelope<ComplaintWithdrawn> event) {
        ComplaintWithdrawn w = event.data();
        if (w == null || w.complaintId() == null || w.complaintId().isBlank()) {
            throw new MalformedEventException("complaint.withdrawn " + event.id() + " has no complaint ID");
        }
        Instant now = clock.instant();
        // Insert-if-absent and lock, as the other consumers do: the registration may be handled at the same moment.
        TrackedComplaint c = complaints.trackAndLock(w.complaintId(), null, null, now, now);
        if (c.isWithdrawn() || c.isClosed()) {
            return; // a repeat under a new event id, or closed (verified) before the citizen withdrew it
        }
        verifications.findOpen(c.complaintId).ifPresent(open -> {
            fieldChecks.cancelFor(open);
            open.withdraw();
        });
        c.withdraw(now);
        metrics.withdrawn();
        LOG.infof("complaint %s withdrawn by the citizen; its clocks are stopped", c.complaintId);
    }
}
