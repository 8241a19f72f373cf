package org.samparksetu.bridge.registration;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/** {@code complaint.reopened} → the complaint is registered on the portal again, linked to its earlier grievance. */
@ApplicationScoped
public class ComplaintReopenedListener {
    @Inject
    RegistrationService registrations;

    @Incoming("complaint-reopened")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onReopened(String payload) {
        registrations.reopen(EventCodec.decode(payload, ComplaintReopened.class));
    }
}
