package org.samparksetu.bridge.registration;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.consumer.EventConsumer;

/**
 * Thin adapter from {@code complaint.routed}: the kit's consumer decodes, de-duplicates and retries in a fresh
 * transaction; what still fails goes to the dead-letter topic. The portal is never called from here: a slow portal
 * must not hold up the consumer (the registrar calls it after this transaction commits).
 */
@ApplicationScoped
public class ComplaintRoutedListener {
    @Inject
    EventConsumer consumer;
    @Inject
    RoutedComplaintService routedComplaints;

    @Incoming("complaint-routed")
    @Blocking
    public void onRouted(String payload) {
        consumer.consume(RoutedComplaintService.CONSUMER, payload, ComplaintRouted.class, routedComplaints::accept);
    }
}
