package org.samparksetu.notification.complaint;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.messaging.consumer.EventConsumer;

/**
 * Thin adapters from the complaint topics: complaint.received (who the citizen is) on its own channel,
 * complaint.rated (the citizen's rating, from verification) on its own, every later step on one channel.
 * All three are one consumer: an event id is handled once whichever channel brought it.
 */
@ApplicationScoped
public class ComplaintEventListener {
    @Inject
    EventConsumer consumer;
    @Inject
    ComplaintEventService events;

    @Incoming("complaint-received")
    @Blocking
    public void onReceived(String payload) {
        consumer.consume(ComplaintEventService.CONSUMER, payload, ComplaintReceived.class, events::handle);
    }

    /** A rating of a closed complaint or a request to reopen it, decided by verification: thanks, or why not. */
    @Incoming("complaint-rated")
    @Blocking
    public void onRated(String payload) {
        consumer.consume(ComplaintEventService.CONSUMER, payload, ComplaintRated.class, events::handle);
    }

    @Incoming("complaint-lifecycle")
    @Blocking
    public void onLifecycle(String payload) {
        consumer.consumeAny(ComplaintEventService.CONSUMER, payload, events::handle);
    }
}
