package org.samparksetu.notification.officer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.OfficerNotice;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code officer.notice}: routing's word that a named officer must know about a complaint. */
@ApplicationScoped
public class OfficerNoticeListener {
    @Inject
    EventConsumer consumer;
    @Inject
    OfficerNoticeService notices;

    @Incoming("officer-notice")
    @Blocking
    public void onNotice(String payload) {
        consumer.consume(OfficerNoticeService.CONSUMER, payload, OfficerNotice.class, notices::handle);
    }
}
