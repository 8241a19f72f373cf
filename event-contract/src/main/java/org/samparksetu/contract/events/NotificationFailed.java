package org.samparksetu.contract.events;

import java.time.Instant;

/** A message could not be delivered and will not be retried. Written by notification. */
public record NotificationFailed(
        String complaintId,
        String causeEventId,
        Integer errorCode,
        String reason,
        Instant failedAt) {
}
