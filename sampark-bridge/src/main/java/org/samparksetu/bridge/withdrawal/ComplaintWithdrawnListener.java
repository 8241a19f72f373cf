package org.samparksetu.bridge.withdrawal;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code complaint.withdrawn}; the kit's consumer de-duplicates and retries, then dead-letters. */
@ApplicationScoped
public class ComplaintWithdrawnListener {
    @Inject
    EventConsumer consumer;
    @Inject
    WithdrawalService withdrawals;

    @Incoming("complaint-withdrawn")
    @Blocking
    public void onWithdrawn(String payload) {
        consumer.consume(WithdrawalService.CONSUMER, payload, ComplaintWithdrawn.class, withdrawals::withdraw);
    }
}
