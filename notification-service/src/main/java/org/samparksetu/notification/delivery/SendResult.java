package org.samparksetu.notification.delivery;

/** What the Graph API made of one send. */
public sealed interface SendResult {

    /** Accepted; delivery is reported later by status webhooks. */
    record Accepted(String wamid) implements SendResult {
    }

    /**
     * Not accepted, or no answer we can trust. What it means ({@link GraphErrorRule}) decides what becomes of the
     * message: retried, sent as its template, left for a status webhook to settle, or failed.
     *
     * @param errorCode the Graph API's error code; null when the answer had none (or there was no answer)
     */
    record NotAccepted(Integer errorCode, GraphErrorRule.Meaning meaning, String reason) implements SendResult {
    }
}
