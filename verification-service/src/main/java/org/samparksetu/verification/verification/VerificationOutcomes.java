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
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;

import java.time.Duration;
import java.time.Instant;

/**
 * Applies a decision about a check, whoever made it (the citizen, see {@link VerificationDecision}, or a field
 * verifier, see {@code FieldCheckRules#onVerdict}): the check and the complaint take exactly the states and the level
 * the decision names ({@link #move}, which the rules' table tests run too), and the events that announce the change
 * go out in the caller's transaction. Nothing here decides a state or a level.
 */
@ApplicationScoped
public class VerificationOutcomes {
    public static final String RESOLUTION_VERIFIED_FIXED = "VERIFIED_FIXED";
    public static final String RESOLUTION_FALSE_COMPLAINT = "FALSE_COMPLAINT";
    /** Closed as the department disposed of it, naming how: {@code DISPOSED_REJECTED}, {@code DISPOSED_FILED}, ... */
    public static final String RESOLUTION_DISPOSED_PREFIX = "DISPOSED_";

    @Inject
    Outbox outbox;
    @Inject
    VerificationConfig config;
    @Inject
    org.samparksetu.verification.cluster.ClusterMembers clusters;

    /** What the complaint did, so the right event announces it. */
    public enum ComplaintMove { NONE, CLOSED, REOPENED }

    /** @param method who decided: CITIZEN or FIELD (announced on complaint.verified) */
    public void apply(Decision decision, TrackedComplaint complaint, Verification check, String method, Instant now) {
        if (!decision.changesAnything()) {
            return;
        }
        ComplaintMove moved = move(decision, complaint, check, now, config.deadline().levelLimitFor(complaint.departmentCode));
        String id = complaint.complaintId;
        if (decision.verdict() == Verdict.CONFIRMED_FIXED || decision.verdict() == Verdict.DISPUTED) {
            outbox.emit(EventType.COMPLAINT_VERIFIED, id, new ComplaintVerified(id, check.id.toString(),
                    decision.verdict() == Verdict.CONFIRMED_FIXED, method, now));
        }
        switch (moved) {
            case CLOSED -> {
                outbox.emit(EventType.COMPLAINT_CLOSED, id,
                        new ComplaintClosed(id, complaint.departmentCode, complaint.resolution, now));
                clusters.closeWithLeader(complaint, now);
            }
            case REOPENED -> {
                outbox.emit(EventType.COMPLAINT_REOPENED, id, new ComplaintReopened(id,
                        complaint.departmentCode, decision.reopenReason(), complaint.escalationLevel, now));
                clusters.reopenWithLeader(complaint, now);
            }
            case NONE -> {
            }
        }
    }

    /**
     * Moves the check and the complaint to the states and the level the decision names. A reopened complaint's
     * level starts a new clock of {@code levelLimit}; a closed one keeps its level and its clock stops.
     */
    public static ComplaintMove move(Decision decision, TrackedComplaint complaint, Verification check, Instant now,
                                     Duration levelLimit) {
        if (!decision.changesAnything()) {
            return ComplaintMove.NONE;
        }
        boolean checkMoves = check.state != decision.verificationState();
        check.state = decision.verificationState();
        if (decision.verdict() == Verdict.DISPUTED) {
            // the fix was not real, also when the citizen had confirmed it: a false closure against the department
            check.falseClosure = true;
            check.verifiedAt = now;
        } else if (checkMoves && !check.state.isOpen() && isAVerdict(decision)) {
            check.verifiedAt = now;
        }
        if (decision.verdict() == Verdict.FALSE_COMPLAINT) {
            complaint.markedFalse = true;
        }

        ComplaintMove moved = ComplaintMove.NONE;
        if (decision.complaintState() != complaint.state) {
            switch (decision.complaintState()) {
                case CLOSED -> {
                    complaint.close(resolution(decision, check), now);
                    moved = ComplaintMove.CLOSED;
                }
                case REOPENED -> {
                    complaint.reopen(decision.escalationLevel(), now, now.plus(levelLimit));
                    moved = ComplaintMove.REOPENED;
                }
                default -> complaint.moveTo(decision.complaintState(), now);
            }
        }
        complaint.escalationLevel = decision.escalationLevel();
        return moved;
    }

    private static String resolution(Decision decision, Verification check) {
        return switch (decision.verdict()) {
            case FALSE_COMPLAINT -> RESOLUTION_FALSE_COMPLAINT;
            case DISPOSAL_STANDS -> RESOLUTION_DISPOSED_PREFIX + check.outcome;
            default -> RESOLUTION_VERIFIED_FIXED;
        };
    }

    /**
     * Whether someone judged the department's report (a verdict counts towards its false-closure rate). An appeal
     * passes the disposal on without judging it, and an unanswered offer judges nothing: a department must not improve
     * its rate by disposals nobody answered.
     */
    private static boolean isAVerdict(Decision decision) {
        return decision.verdict() != Verdict.APPEALED && decision.verificationState() != VerificationState.DISPOSAL_UNANSWERED;
    }
}
