package org.samparksetu.notification.message;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one composer the service words its messages with, configured once: whoever queues a message and whoever
 * decides whether an event has one read the same reopen period.
 */
public class MessageComposerProducer {
    @Produces
    @Singleton
    MessageComposer composer(RatingConfig rating) {
        return new MessageComposer(rating.reopenDays());
    }
}
