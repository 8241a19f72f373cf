package org.samparksetu.verification.complaint;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/**
 * Thin adapter from {@code complaint.registered}. Transient failures are retried here, outside the
 * transaction; a record that can never be handled goes to the dead-letter topic at once.
 */
@ApplicationScoped
public class ComplaintRegisteredListener {
    @Inject
    ComplaintRegistrationService registration;

    @Incoming("complaint-registered")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onRegistered(String payload) {
        EventEnvelope<ComplaintRegistered> event = EventCodec.decode(payload, ComplaintRegistered.class);
        if (!ComplaintIds.isValid(event.data().complaintId())) {
            throw new MalformedEventException("complaint.registered " + event.id() + " has no valid complaint id");
        }
        registration.register(event);
    }
}
