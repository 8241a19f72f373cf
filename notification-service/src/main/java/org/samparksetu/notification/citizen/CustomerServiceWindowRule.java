package org.samparksetu.notification.citizen;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * WhatsApp's customer-service window: for 24 hours after the citizen last wrote to us we may send any (free-form)
 * message; outside it only an approved template. Plain Java, no framework: time is a parameter.
 * <ul>
 *   <li>The window is closed a safety margin before WhatsApp closes it, so a message queued in its last minutes is not
 *       refused on arrival.</li>
 *   <li>A citizen who never wrote (an operator's complaint, a Sampark Kendra walk-in) has no window.</li>
 *   <li>A message goes as its template when it has one and the window is closed, or when it must (forced, e.g. after
 *       WhatsApp refused the free-form text).</li>
 * </ul>
 */
public final class CustomerServiceWindowRule {
    private CustomerServiceWindowRule() {
    }

    /**
     * @param lastInbound when the citizen last wrote to us; null if never
     */
    public static boolean isOpen(Instant lastInbound, Instant now, Duration length, Duration safetyMargin) {
        Objects.requireNonNull(now, "now");
        if (lastInbound == null) {
            return false;
        }
        return now.isBefore(lastInbound.plus(length).minus(safetyMargin));
    }

    /**
     * @param hasTemplate   an approved template exists for this message
     * @param forceTemplate the message must go as its template
     * @param windowOpen    the citizen's window is open now
     */
    public static boolean sendAsTemplate(boolean hasTemplate, boolean forceTemplate, boolean windowOpen) {
        return hasTemplate && (forceTemplate || !windowOpen);
    }
}
