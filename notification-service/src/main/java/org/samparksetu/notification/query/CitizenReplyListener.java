package org.samparksetu.notification.query;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code citizen.replied}: the window refresh and the answers to commands. */
@ApplicationScoped
public class CitizenReplyListener {
    @Inject
    EventConsumer consumer;
    @Inject
    CitizenReplyService replies;

    @Incoming("citizen-replied")
    @Blocking
    public void onReply(String payload) {
        consumer.consume(CitizenReplyService.CONSUMER, payload, CitizenReplied.class, replies::handle);
    }
}
