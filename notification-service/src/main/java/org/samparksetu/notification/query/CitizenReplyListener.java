package org.samparksetu.notification.query;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/** Thin adapter from {@code citizen.replied}: the window refresh and the answers to commands. */
@ApplicationScoped
public class CitizenReplyListener {
    @Inject
    CitizenReplyService replies;

    @Incoming("citizen-replied")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onReply(String payload) {
        replies.handle(EventCodec.decode(payload, CitizenReplied.class));
    }
}
