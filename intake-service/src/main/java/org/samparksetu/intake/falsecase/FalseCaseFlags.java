package org.samparksetu.intake.falsecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintMarkedFalse;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.notice.CitizenNotices;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.web.ApiException;

import java.util.List;

/**
 * A number is flagged only when a field check found its complaint false ({@code complaint.marked-false}), never on a
 * department's word alone: one officer's "False Case" must not silence a citizen. The count goes up, the decision is
 * logged as evidence, the citizen is told, and (by default) the number's next complaints wait in quarantine for an
 * operator. The grievance cell can clear a flag with a reason, and the citizen is told that too.
 */
@ApplicationScoped
public class FalseCaseFlags {
    private static final Logger LOG = Logger.getLogger(FalseCaseFlags.class);
    static final String CONSUMER = "intake-false-case";
    /** What a reason for clearing a flag may hold: it is shown to the citizen and kept as evidence. */
    public static final int REASON_LIMIT = 500;

    @Inject
    ComplaintRepository complaints;
    @Inject
    Citizens citizens;
    @Inject
    CitizenNotices notices;

    @Transactional
    public void onMarkedFalse(EventEnvelope<ComplaintMarkedFalse> event) {
        ComplaintMarkedFalse marked = event.data();
        Complaint c = complaints.findById(marked.complaintId());
        if (c == null || c.citizenWaId == null) {
            LOG.infof("%s was found false, but has no citizen number here; nothing to flag", marked.complaintId());
            return;
        }
        citizens.flagFalseCase(c.citizenWaId, c.complaintId, "found false by field check " + marked.fieldCheckId()
                + (marked.remarks() == null ? "" : ": " + marked.remarks()));
        notices.flaggedFalse(c.citizenWaId, c.complaintId, c.language);
        LOG.infof("number %s flagged: %s found false by a field check", Mask.phone(c.citizenWaId), c.complaintId);
    }

    /** The numbers flagged now, newest first. */
    @Transactional
    public List<Citizens.Flagged> flagged() {
        return citizens.flagged();
    }

    /** Clears the number's flag; the citizen is told why. */
    @Transactional
    public Citizens.Flagged clear(String waId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new ApiException(400, "say why the flag is cleared in 'reason'; the citizen is told and it is kept as evidence");
        }
        if (reason.length() > REASON_LIMIT) {
            throw new ApiException(400, "'reason' is limited to " + REASON_LIMIT + " characters");
        }
        Citizens.Flagged cleared = citizens.clearFlag(waId, reason.strip(), by)
                .orElseThrow(() -> new ApiException(404, "number " + Mask.phone(waId) + " is not flagged"));
        notices.flagCleared(waId, reason.strip());
        LOG.infof("flag on %s cleared by %s", Mask.phone(waId), by);
        return cleared;
    }
}
