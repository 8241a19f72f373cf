package org.samparksetu.verification.fieldcheck;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code complaint.routed}: where the complaint is, kept by {@link ComplaintPlaces}. */
@ApplicationScoped
public class ComplaintRoutedListener {
    @Inject
    EventConsumer consumer;
    @Inject
    ComplaintPlaces places;

    @Incoming("complaint-routed")
    @Blocking
    public void onRouted(String payload) {
        consumer.consume(ComplaintPlaces.CONSUMER, payload, ComplaintRouted.class, event -> {
            if (!ComplaintIds.isValid(event.data().complaintId())) {
                throw new MalformedEventException("complaint.routed " + event.id() + " has no valid complaint id");
            }
            places.remember(event.data());
        });
    }
}
