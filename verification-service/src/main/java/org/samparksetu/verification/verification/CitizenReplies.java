package org.samparksetu.verification.verification;

/**
 * Every handler of {@code citizen.replied} (an answer to "is it fixed?", the reason for "not fixed", a photo, a
 * rating or a request to reopen) records the event under this one inbox consumer: each event takes exactly one of
 * them, so a redelivery is a no-op whichever handled it.
 */
public final class CitizenReplies {
    public static final String CONSUMER = "verification-service.citizen-replied";

    private CitizenReplies() {
    }
}
