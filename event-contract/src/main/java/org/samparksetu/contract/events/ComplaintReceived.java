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
        Instant receivedAt) {
}
