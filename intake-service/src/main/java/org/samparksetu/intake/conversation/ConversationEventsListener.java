package org.samparksetu.intake.conversation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/**
 * Thin adapter from the topics that change what a citizen's next message means (complaint.verification-requested,
 * .reason-requested, .closed, .reopened, .withdrawn): retries outside the transaction, poison to the dead letters.
 */
@ApplicationScoped
public class ConversationEventsListener {
    @Inject
    ConversationEvents events;

    @Incoming("complaint-conversation")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onEvent(String payload) {
        events.on(EventCodec.decode(payload));
    }
}
