package org.samparksetu.intake.status;

import java.time.Instant;

/**
 * One delivery status of a message we sent (sent, delivered, read, failed), as the webhook reported it.
 *
 * @param bizOpaqueCallbackData the key the notification service attached to the message, if any
 * @param errorCode             WhatsApp's error code of a failed delivery, or null
 */
public record DeliveryStatus(String messageId, String status, String recipientId, Instant timestamp,
                             String bizOpaqueCallbackData, Integer errorCode, String errorTitle) {
}
