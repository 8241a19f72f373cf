package org.samparksetu.routing.dispatch;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.messaging.consumer.EventConsumer;

/**
 * Thin adapter from the {@code complaint.received} topic to the routing service. The kit's consumer decodes,
 * de-duplicates and retries in a fresh transaction; what still fails goes to the dead-letter topic.
 */
@ApplicationScoped
public class ComplaintReceivedListener {
    @Inject
    EventConsumer consumer;
    @Inject
    ComplaintRoutingService routing;

    @Incoming("complaint-received")
    @Blocking
    public void onReceived(String payload) {
        consumer.consume(ComplaintRoutingService.CONSUMER, payload, ComplaintReceived.class, routing::route);
    }
}
