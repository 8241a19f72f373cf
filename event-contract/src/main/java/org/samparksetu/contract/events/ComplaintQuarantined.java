package org.samparksetu.contract.events;

import java.time.Instant;

/** A message was held back from the departments (empty, gibberish, abusive, over a cap). Written by intake. */
public record ComplaintQuarantined(String complaintId, String reason, Instant quarantinedAt,
                                   String citizenWaId, String language) {

    /** Before the citizen's number and language were added (the notification service needs them to tell the citizen). */
    public ComplaintQuarantined(String complaintId, String reason, Instant quarantinedAt) {
        this(complaintId, reason, quarantinedAt, null, null);
    }
}
