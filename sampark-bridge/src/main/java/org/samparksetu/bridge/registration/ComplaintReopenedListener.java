package org.samparksetu.bridge.registration;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.messaging.consumer.EventConsumer;

/** {@code complaint.reopened} → the complaint is registered on the portal again, linked to its earlier grievance. */
@ApplicationScoped
public class ComplaintReopenedListener {
    @Inject
    EventConsumer consumer;
    @Inject
    ReopeningService reopening;

    @Incoming("complaint-reopened")
    @Blocking
    public void onReopened(String payload) {
        consumer.consume(ReopeningService.CONSUMER, payload, ComplaintReopened.class, reopening::reopen);
    }
}
