package org.samparksetu.verification.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintVerified;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.verification.VerificationDecision.Decision;

import java.time.Instant;

/**
 * Applies a decision about a check, whoever made it (the citizen, see {@link VerificationDecision}, or a field
 * verifier, see {@code FieldCheckRules#onVerdict}): the check and the complaint move to the states the decision
 * names, and the events go out in the caller's transaction. Nothing here decides a state or a level.
 */
@ApplicationScoped
public class VerificationOutcomes {
    public static final String RESOLUTION_VERIFIED_FIXED = "VERIFIED_FIXED";
    public static final String RESOLUTION_FALSE_COMPLAINT = "FALSE_COMPLAINT";

    @Inject
    Outbox outbox;
    @Inject
    VerificationConfig config;

    /** @param method who decided: CITIZEN or FIELD (announced on complaint.verified) */
    public void apply(Decision decision, TrackedComplaint complaint, Verification check, String method, Instant now) {
        String id = complaint.complaintId;
        switch (decision.verdict()) {
            case CONFIRMED_FIXED -> {
                check.state = decision.verificationState();
                check.verifiedAt = now;
                complaint.close(RESOLUTION_VERIFIED_FIXED, now);
                outbox.emit(EventType.COMPLAINT_VERIFIED, id, new ComplaintVerified(id, check.id.toString(), true, method, now));
                outbox.emit(EventType.COMPLAINT_CLOSED, id,
                        new ComplaintClosed(id, complaint.departmentCode, RESOLUTION_VERIFIED_FIXED, now));
            }
            case DISPUTED -> {
                // the fix was not real: it counts as a false closure against the department
                check.state = decision.verificationState();
                check.falseClosure = true;
                check.verifiedAt = now;
                complaint.reopen(decision.escalationLevel(), now, now.plus(config.deadline().levelLimit()));
                outbox.emit(EventType.COMPLAINT_VERIFIED, id, new ComplaintVerified(id, check.id.toString(), false, method, now));
                outbox.emit(EventType.COMPLAINT_REOPENED, id, new ComplaintReopened(id, complaint.departmentCode,
                        decision.reopenReason(), decision.escalationLevel(), now));
            }
            case FALSE_COMPLAINT -> {
                if (check.state != decision.verificationState()) {
                    check.state = decision.verificationState();
                    check.verifiedAt = now;
                }
                complaint.markedFalse = true;
                if (complaint.state != ComplaintState.CLOSED && decision.complaintState() == ComplaintState.CLOSED) {
                    complaint.close(RESOLUTION_FALSE_COMPLAINT, now);
                    outbox.emit(EventType.COMPLAINT_CLOSED, id,
                            new ComplaintClosed(id, complaint.departmentCode, RESOLUTION_FALSE_COMPLAINT, now));
                }
            }
            // nothing to announce until a field verifier has looked
            case FIELD_CHECK_NEEDED -> check.state = decision.verificationState();
            case NOTHING_TO_CHANGE -> {
            }
        }
    }
}
