package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * A delivery status from the WhatsApp webhook (sent, delivered, read, failed) for a message we sent.
 * {@code bizOpaqueCallbackData} is the key the notification service attached when sending.
 */
public record WhatsAppStatus(
        String messageId,
        String recipientWaId,
        String status,
        Instant timestamp,
        String bizOpaqueCallbackData,
        Integer errorCode,
        String errorTitle) {
}
