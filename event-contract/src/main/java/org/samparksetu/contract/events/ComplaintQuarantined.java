package org.samparksetu.contract.events;

import java.time.Instant;

/** A message was held back from the departments (empty, gibberish, abusive, over a cap). Written by intake. */
public record ComplaintQuarantined(String complaintId, String reason, Instant quarantinedAt) {
}
