package org.samparksetu.bridge.registration;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/**
 * Thin adapter from {@code complaint.routed} to the registration service. Transient failures are retried
 * here, outside the transaction; what still fails goes to the dead-letter topic. The portal is never
 * called from here: a slow portal must not hold up the consumer.
 */
@ApplicationScoped
public class ComplaintRoutedListener {
    @Inject
    RegistrationService registrations;

    @Incoming("complaint-routed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onRouted(String payload) {
        registrations.accept(EventCodec.decode(payload, ComplaintRouted.class));
    }
}
