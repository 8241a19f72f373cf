package org.samparksetu.notification.notice;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/** Thin adapter from {@code citizen.notice}: what intake did with a message that no complaint event tells. */
@ApplicationScoped
public class IntakeNoticeListener {
    @Inject
    IntakeNoticeService notices;

    @Incoming("citizen-notice")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onNotice(String payload) {
        notices.handle(EventCodec.decode(payload, CitizenNotice.class));
    }
}
