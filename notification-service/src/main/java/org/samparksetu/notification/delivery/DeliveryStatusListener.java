package org.samparksetu.notification.delivery;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/** Thin adapter from {@code whatsapp.status}; retries outside the transaction, then the dead-letter topic. */
@ApplicationScoped
public class DeliveryStatusListener {
    @Inject
    DeliveryStatusService statuses;

    @Incoming("whatsapp-status")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onStatus(String payload) {
        statuses.apply(EventCodec.decode(payload, WhatsAppStatus.class));
    }
}
