package org.samparksetu.verification.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintVerified;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.TrackedComplaint;

import java.time.Instant;

/**
 * The two endings of a check, whoever decided them (the citizen or a field verifier): the states change
 * and the events go out in the caller's transaction.
 */
@ApplicationScoped
public class VerificationOutcomes {
    public static final String RESOLUTION_VERIFIED_FIXED = "VERIFIED_FIXED";
    public static final String RESOLUTION_FALSE_COMPLAINT = "FALSE_COMPLAINT";

    @Inject
    Outbox outbox;
    @Inject
    VerificationConfig config;

    public void verifiedFixed(TrackedComplaint complaint, Verification check, String method, Instant now) {
        String id = complaint.complaintId;
        check.state = VerificationState.CONFIRMED;
        check.verifiedAt = now;
        complaint.close(RESOLUTION_VERIFIED_FIXED, now);
        outbox.emit(EventType.COMPLAINT_VERIFIED, id, new ComplaintVerified(id, check.id.toString(), true, method, now));
        outbox.emit(EventType.COMPLAINT_CLOSED, id,
                new ComplaintClosed(id, complaint.departmentCode, RESOLUTION_VERIFIED_FIXED, now));
    }

    /** Not fixed: reopened one level up, and the fix counts as a false closure against the department. */
    public void verifiedNotFixed(TrackedComplaint complaint, Verification check, String method, String reason,
                                 Instant now) {
        String id = complaint.complaintId;
        if (check.state.isOpen()) {
            check.state = VerificationState.DISPUTED;
        }
        check.falseClosure = true;
        check.verifiedAt = now;
        int level = VerificationDecision.oneLevelUp(complaint.escalationLevel);
        complaint.reopen(level, now, now.plus(config.deadline().levelLimit()));
        outbox.emit(EventType.COMPLAINT_VERIFIED, id, new ComplaintVerified(id, check.id.toString(), false, method, now));
        outbox.emit(EventType.COMPLAINT_REOPENED, id,
                new ComplaintReopened(id, complaint.departmentCode, reason, level, now));
    }
}
