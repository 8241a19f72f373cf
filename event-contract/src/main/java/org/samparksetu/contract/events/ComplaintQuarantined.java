package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * A message was held back from the departments (empty, gibberish, abusive, over a cap). Written by intake.
 *
 * @param decision null or HELD when it is first held for an operator's review; REJECTED when the operator has
 *                 rejected it for good ({@code reason} then says why, to be told to the citizen). A released
 *                 complaint is announced on {@code complaint.received} instead.
 */
public record ComplaintQuarantined(String complaintId, String reason, Instant quarantinedAt,
                                   String citizenWaId, String language, String decision) {

    /** Before the citizen's number and language were added (the notification service needs them to tell the citizen). */
    public ComplaintQuarantined(String complaintId, String reason, Instant quarantinedAt) {
        this(complaintId, reason, quarantinedAt, null, null, null);
    }

    /** Before {@code decision} was added. */
    public ComplaintQuarantined(String complaintId, String reason, Instant quarantinedAt, String citizenWaId,
                                String language) {
        this(complaintId, reason, quarantinedAt, citizenWaId, language, null);
    }
}
