package org.samparksetu.verification.verification;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/**
 * Thin adapter from {@code citizen.replied}. Most replies (texts, commands, other buttons) are for other
 * services; only taps on our "is it fixed?" buttons, and the texts and photos intake forwards as the answer to
 * "why is it not fixed?", reach the services, so the rest cost no database work.
 */
@ApplicationScoped
public class CitizenRepliedListener {
    private static final Logger LOG = Logger.getLogger(CitizenRepliedListener.class);
    static final String BUTTON = "BUTTON";
    static final String TEXT = "TEXT";
    static final String IMAGE = "IMAGE";

    @Inject
    CitizenAnswerService answers;
    @Inject
    DisputePhotoService disputePhotos;

    @Incoming("citizen-replied")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onReplied(String payload) {
        EventEnvelope<CitizenReplied> event = EventCodec.decode(payload, CitizenReplied.class);
        CitizenReplied reply = event.data();
        if (TEXT.equals(reply.kind()) && reply.complaintId() != null) {
            // Possibly the reason for a "not fixed"; the service knows whether one is awaited.
            answers.recordReason(event);
            return;
        }
        if (IMAGE.equals(reply.kind()) && reply.complaintId() != null) {
            // A photo sent after "not fixed": evidence for the field verifier.
            disputePhotos.recordPhotos(event);
            return;
        }
        if (!BUTTON.equals(reply.kind())) {
            return;
        }
        ReplyIds.parseVerification(reply.replyId()).ifPresentOrElse(
                answer -> answers.recordAnswer(event, answer),
                () -> LOG.debugf("reply %s is not a verification button; not ours", event.id()));
    }
}
