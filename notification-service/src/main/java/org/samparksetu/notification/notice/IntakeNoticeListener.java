package org.samparksetu.notification.notice;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code citizen.notice}: what intake did with a message that no complaint event tells. */
@ApplicationScoped
public class IntakeNoticeListener {
    @Inject
    EventConsumer consumer;
    @Inject
    IntakeNoticeService notices;

    @Incoming("citizen-notice")
    @Blocking
    public void onNotice(String payload) {
        consumer.consume(IntakeNoticeService.CONSUMER, payload, CitizenNotice.class, notices::handle);
    }
}
