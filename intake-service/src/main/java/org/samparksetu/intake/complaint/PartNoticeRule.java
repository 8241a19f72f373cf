package org.samparksetu.intake.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Whether a message that joined a complaint still being put together is answered with "added to JAL-…"
 * (PART_ADDED). One answer per kind of thing the citizen sent (the first photo after the text, the pin, the voice
 * note), and otherwise at most one per quiet period: an album of ten photos arriving together gets one answer, not
 * ten, while a citizen who keeps sending for a minute still hears that each batch arrived.
 */
public final class PartNoticeRule {

    private PartNoticeRule() {
    }

    /**
     * @param messageType  the WhatsApp type of the joining message (text, image, audio, video, document, location)
     * @param toldTypes    the types the citizen was already told about for this complaint (the first message's type
     *                     counts: the acknowledgement told it)
     * @param lastToldAt   when the citizen was last told anything about this complaint; null if never
     * @param at           when the joining message came
     * @param quiet        the complaint's quiet period
     */
    public static boolean tell(String messageType, Set<String> toldTypes, Instant lastToldAt, Instant at, Duration quiet) {
        if (!toldTypes.contains(messageType)) {
            return true;
        }
        return lastToldAt == null || !at.isBefore(lastToldAt.plus(quiet));
    }
}
