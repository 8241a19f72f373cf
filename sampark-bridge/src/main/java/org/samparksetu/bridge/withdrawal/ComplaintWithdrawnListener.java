package org.samparksetu.bridge.withdrawal;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/** Thin adapter from {@code complaint.withdrawn}; retried outside the transaction, then dead-lettered. */
@ApplicationScoped
public class ComplaintWithdrawnListener {
    @Inject
    WithdrawalService withdrawals;

    @Incoming("complaint-withdrawn")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onWithdrawn(String payload) {
        withdrawals.withdraw(EventCodec.decode(payload, ComplaintWithdrawn.class));
    }
}
