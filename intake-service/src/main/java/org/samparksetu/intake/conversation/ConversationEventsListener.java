package org.samparksetu.intake.conversation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.messaging.consumer.EventConsumer;

/**
 * Thin adapter from the topics that change what a citizen's next message means (complaint.verification-requested,
 * .reason-requested, .closed, .reopened, .withdrawn): the kit decodes, de-duplicates and retries.
 */
@ApplicationScoped
public class ConversationEventsListener {
    @Inject
    EventConsumer consumer;
    @Inject
    ConversationEvents events;

    @Incoming("complaint-conversation")
    @Blocking
    public void onEvent(String payload) {
        consumer.consumeAny(ConversationEvents.CONSUMER, payload, events::on);
    }
}
