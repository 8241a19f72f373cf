package org.samparksetu.intake.falsecase;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code complaint.action-reported}: the kit decodes, de-duplicates and retries. */
@ApplicationScoped
public class ActionReportedListener {
    @Inject
    EventConsumer consumer;
    @Inject
    FalseCaseFlags flags;

    @Incoming("complaint-action-reported")
    @Blocking
    public void onReported(String payload) {
        consumer.consume(FalseCaseFlags.CONSUMER, payload, ComplaintActionReported.class, flags::onActionReported);
    }
}
