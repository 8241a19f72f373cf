package org.samparksetu.messaging.outbox;

import org.samparksetu.web.ApiException;

/**
 * An event larger than the outbox's budget ({@code sampark.outbox.max-event-bytes}). Thrown by {@link Outbox#emit}
 * before anything is written: being unchecked it rolls back the caller's transaction, so the state change that would
 * have announced it is not committed either, and a REST door answers it as a 413 that says what to do. A consumer
 * that causes one treats it as poison (it would be just as large on every retry).
 */
public class EventTooLargeException extends ApiException {
    private final int bytes;
    private final int budget;

    public EventTooLargeException(String eventType, int bytes, int budget) {
        super(413, "this would announce a " + eventType + " event of " + bytes + " bytes, more than the " + budget
                + " bytes an event may carry; shorten the free text and send it again");
        this.bytes = bytes;
        this.budget = budget;
    }

    public int bytes() {
        return bytes;
    }

    public int budget() {
        return budget;
    }
}
