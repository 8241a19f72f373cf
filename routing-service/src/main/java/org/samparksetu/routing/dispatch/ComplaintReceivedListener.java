package org.samparksetu.routing.dispatch;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/**
 * Thin adapter from the {@code complaint.received} topic to the routing service. Transient failures are
 * retried here, outside the transaction; what still fails goes to the dead-letter topic.
 */
@ApplicationScoped
public class ComplaintReceivedListener {
    @Inject
    ComplaintRoutingService routing;

    @Incoming("complaint-received")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onReceived(String payload) {
        routing.route(EventCodec.decode(payload, ComplaintReceived.class));
    }
}
