package org.samparksetu.notification.delivery;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code whatsapp.status}. */
@ApplicationScoped
public class DeliveryStatusListener {
    @Inject
    EventConsumer consumer;
    @Inject
    DeliveryStatusService statuses;

    @Incoming("whatsapp-status")
    @Blocking
    public void onStatus(String payload) {
        consumer.consume(DeliveryStatusService.CONSUMER, payload, WhatsAppStatus.class, statuses::apply);
    }
}
