package org.samparksetu.contract.events;

import java.time.Instant;

/** A message reached the WhatsApp Cloud API for a complaint event. Written by notification. */
public record NotificationSent(
        String complaintId,
        String causeEventId,
        String whatsappMessageId,
        String kind,
        Instant sentAt) {
}
