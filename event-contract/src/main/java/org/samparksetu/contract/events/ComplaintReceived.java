package org.samparksetu.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * A complaint was accepted at a front door. Written by intake only. It carries the citizen's WhatsApp
 * id because the notification service must reach them; later events do not repeat it.
 *
 * @param channel       WHATSAPP, OPEN311 or OPERATOR
 * @param language      {@code hi} or {@code en}: the language the citizen is answered in
 * @param contactNumber a number written in the complaint, E.164, or null
 * @param mediaIds      content hashes of stored photos, voice notes and documents
 * @param firstContact  true when this is the citizen's first message to us: the acknowledgement then carries the
 *                      welcome, the privacy notice and the warning that false complaints are punishable
 */
public record ComplaintReceived(
        String complaintId,
        String citizenWaId,
        String channel,
        String language,
        String text,
        GeoPoint location,
        List<String> mediaIds,
        String contactNumber,
        Instant receivedAt,
        Boolean firstContact) {

    /** Before {@code firstContact} was added; kept so that older producers and tests still compile. */
    public ComplaintReceived(String complaintId, String citizenWaId, String channel, String language, String text,
                             GeoPoint location, List<String> mediaIds, String contactNumber, Instant receivedAt) {
        this(complaintId, citizenWaId, channel, language, text, location, mediaIds, contactNumber, receivedAt, null);
    }
}
