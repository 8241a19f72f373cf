package org.samparksetu.notification.delivery;

/** What the Graph API made of one send. */
public sealed interface SendResult {

    /** Accepted; delivery is reported later by status webhooks. */
    record Accepted(String wamid) implements SendResult {
    }

    /** Not sent this time, may succeed later (throttling, maintenance, 5xx, timeout, network). */
    record Retry(Integer errorCode, String reason) implements SendResult {
    }

    /** Will never succeed as it is (window closed, not a WhatsApp number, invalid parameter). */
    record Failed(Integer errorCode, String reason) implements SendResult {
    }
}
