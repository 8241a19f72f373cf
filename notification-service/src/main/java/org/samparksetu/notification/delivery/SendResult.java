package org.samparksetu.notification.delivery;

/** What the Graph API made of one send. */
public sealed interface SendResult {

    /** Accepted; delivery is reported later by status webhooks. */
    record Accepted(String wamid) implements SendResult {
    }

    /** Not sent this time, may succeed later (throttling, maintenance, 5xx, timeout, network). */
    record Retry(Integer errorCode, String reason) implements SendResult {
    }

    /**
     * No answer we can trust (the request timed out or the connection broke after it was sent): the message may
     * have gone out. Not resent at once: a status webhook carrying our id may still show it was accepted.
     */
    record Unknown(String reason) implements SendResult {
    }

    /** Will never succeed as it is (window closed, not a WhatsApp number, invalid parameter). */
    record Failed(Integer errorCode, String reason) implements SendResult {
    }
}
