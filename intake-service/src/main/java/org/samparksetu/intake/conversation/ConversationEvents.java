package org.samparksetu.intake.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.contract.events.DisputeReasonRequested;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.messaging.codec.MalformedEventException;

import java.time.Instant;

/**
 * Keeps the conversation state from what the other services tell citizens: verification asked "is it fixed?",
 * asked for a reason, closed (and asked for a rating), reopened; a complaint was withdrawn. Each event once: the
 * kit's consumer writes the inbox row in the transaction this joins.
 */
@ApplicationScoped
public class ConversationEvents {
    private static final Logger LOG = Logger.getLogger(ConversationEvents.class);
    static final String CONSUMER = "intake-conversation";

    @Inject
    ConversationStates states;

    @Transactional
    public void on(EventEnvelope<?> event) {
        Object data = event.data();
        Instant fallback = event.time();
        boolean ours;
        String complaintId;
        if (data instanceof VerificationRequested v) {
            complaintId = v.complaintId();
            ours = states.record(complaintId, ConversationStates.Step.VERIFICATION_REQUESTED, or(v.requestedAt(), fallback));
        } else if (data instanceof DisputeReasonRequested r) {
            complaintId = r.complaintId();
            ours = states.record(complaintId, ConversationStates.Step.REASON_REQUESTED, or(r.requestedAt(), fallback));
        } else if (data instanceof ComplaintClosed c) {
            complaintId = c.complaintId();
            ours = states.record(complaintId, ConversationStates.Step.CLOSED, or(c.closedAt(), fallback));
        } else if (data instanceof ComplaintReopened r) {
            complaintId = r.complaintId();
            ours = states.record(complaintId, ConversationStates.Step.REOPENED, or(r.reopenedAt(), fallback));
        } else if (data instanceof ComplaintWithdrawn w) {
            complaintId = w.complaintId();
            ours = states.record(complaintId, ConversationStates.Step.WITHDRAWN, or(w.withdrawnAt(), fallback));
        } else {
            throw new MalformedEventException("intake's conversation does not take " + event.type());
        }
        if (!ours) {
            LOG.debugf("%s about %s, which was not filed here from a number; nothing to keep", event.type(), complaintId);
        }
    }

    private static Instant or(Instant at, Instant fallback) {
        return at != null ? at : fallback;
    }
}
