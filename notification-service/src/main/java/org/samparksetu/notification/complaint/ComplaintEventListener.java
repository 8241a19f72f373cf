package org.samparksetu.notification.complaint;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/**
 * Thin adapters from the complaint topics: complaint.received (who the citizen is) on its own channel,
 * complaint.rated (the citizen's rating, from verification) on its own, every later step on one channel. Transient failures are retried here, outside the transaction; what
 * still fails goes to the dead-letter topic.
 */
@ApplicationScoped
public class ComplaintEventListener {
    @Inject
    ComplaintEventService events;

    @Incoming("complaint-received")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onReceived(String payload) {
        events.handle(EventCodec.decode(payload, ComplaintReceived.class));
    }

    /** A rating of a closed complaint or a request to reopen it, decided by verification: thanks, or why not. */
    @Incoming("complaint-rated")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onRated(String payload) {
        events.handle(EventCodec.decode(payload, ComplaintRated.class));
    }

    @Incoming("complaint-lifecycle")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onLifecycle(String payload) {
        events.handle(EventCodec.decode(payload));
    }
}
