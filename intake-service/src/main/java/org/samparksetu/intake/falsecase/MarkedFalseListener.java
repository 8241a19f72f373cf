package org.samparksetu.intake.falsecase;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintMarkedFalse;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code complaint.marked-false}: the kit decodes, de-duplicates and retries. */
@ApplicationScoped
public class MarkedFalseListener {
    @Inject
    EventConsumer consumer;
    @Inject
    FalseCaseFlags flags;

    @Incoming("complaint-marked-false")
    @Blocking
    public void onMarkedFalse(String payload) {
        consumer.consume(FalseCaseFlags.CONSUMER, payload, ComplaintMarkedFalse.class, flags::onMarkedFalse);
    }
}
