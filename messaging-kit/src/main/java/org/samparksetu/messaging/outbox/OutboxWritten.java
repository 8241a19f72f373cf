package org.samparksetu.messaging.outbox;

/** CDI event: something was written to the outbox in the current transaction. */
public enum OutboxWritten {
    INSTANCE
}
