package org.samparksetu.intake.falsecase;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/** Thin adapter from {@code complaint.action-reported}: retries outside the transaction, poison to the dead letters. */
@ApplicationScoped
public class ActionReportedListener {
    @Inject
    FalseCaseFlags flags;

    @Incoming("complaint-action-reported")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onReported(String payload) {
        flags.onActionReported(EventCodec.decode(payload, ComplaintActionReported.class));
    }
}
