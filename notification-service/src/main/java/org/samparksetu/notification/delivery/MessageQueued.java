package org.samparksetu.notification.delivery;

/** CDI event: a message became PENDING in the current transaction; wakes the sender after commit. */
public enum MessageQueued {
    INSTANCE
}
