package org.samparksetu.verification.fieldcheck;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/** Thin adapter from {@code complaint.routed}: where the complaint is, kept by {@link ComplaintPlaces}. */
@ApplicationScoped
public class ComplaintRoutedListener {
    @Inject
    ComplaintPlaces places;

    @Incoming("complaint-routed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onRouted(String payload) {
        EventEnvelope<ComplaintRouted> event = EventCodec.decode(payload, ComplaintRouted.class);
        if (!ComplaintIds.isValid(event.data().complaintId())) {
            throw new MalformedEventException("complaint.routed " + event.id() + " has no valid complaint id");
        }
        places.remember(event.data());
    }
}
