package org.samparksetu.verification.complaint;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code complaint.registered}; a registration without a valid complaint id is poison. */
@ApplicationScoped
public class ComplaintRegisteredListener {
    @Inject
    EventConsumer consumer;
    @Inject
    ComplaintRegistrationService registration;

    @Incoming("complaint-registered")
    @Blocking
    public void onRegistered(String payload) {
        consumer.consume(ComplaintRegistrationService.CONSUMER, payload, ComplaintRegistered.class,
                event -> registration.register(valid(event)));
    }

    private static EventEnvelope<ComplaintRegistered> valid(EventEnvelope<ComplaintRegistered> event) {
        if (!ComplaintIds.isValid(event.data().complaintId())) {
            throw new MalformedEventException("complaint.registered " + event.id() + " has no valid complaint id");
        }
        return event;
    }
}
