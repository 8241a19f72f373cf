package org.samparksetu.intake.falsecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.messaging.logging.Mask;

/**
 * A complaint disposed as "False Case" flags the number it came from: the count goes up, the decision is logged
 * as evidence, and (by default) the number's next complaints wait in quarantine for an operator.
 */
@ApplicationScoped
public class FalseCaseFlags {
    private static final Logger LOG = Logger.getLogger(FalseCaseFlags.class);
    static final String CONSUMER = "intake-false-case";

    @Inject
    ComplaintRepository complaints;
    @Inject
    Citizens citizens;

    @Transactional
    public void onActionReported(EventEnvelope<ComplaintActionReported> event) {
        ComplaintActionReported report = event.data();
        if (report.outcome() != DisposalOutcome.FALSE_CASE) {
            return;
        }
        Complaint c = complaints.findById(report.complaintId());
        if (c == null || c.citizenWaId == null) {
            LOG.infof("False Case on %s, which has no citizen number here; nothing to flag", report.complaintId());
            return;
        }
        citizens.flagFalseCase(c.citizenWaId, c.complaintId, "False Case: " + c.complaintId
                + (report.remarks() == null ? "" : " (" + report.remarks() + ")"));
        LOG.infof("number %s flagged: %s disposed as False Case", Mask.phone(c.citizenWaId), c.complaintId);
    }
}
