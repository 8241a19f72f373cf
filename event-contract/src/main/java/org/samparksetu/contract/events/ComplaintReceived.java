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
 * @param acknowledged  true when the citizen was already given the complaint number at its first message
 *                      ({@code citizen.notice} ACKNOWLEDGED), so no second acknowledgement is sent
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
        Boolean firstContact,
        Boolean acknowledged) {

    /** Before {@code firstContact} was added; kept so that older producers and tests still compile. */
    public ComplaintReceived(String complaintId, String citizenWaId, String channel, String language, String text,
                             GeoPoint location, List<String> mediaIds, String contactNumber, Instant receivedAt) {
        this(complaintId, citizenWaId, channel, language, text, location, mediaIds, contactNumber, receivedAt, null, null);
    }

    /** Before {@code acknowledged} was added. */
    public ComplaintReceived(String complaintId, String citizenWaId, String channel, String language, String text,
                             GeoPoint location, List<String> mediaIds, String contactNumber, Instant receivedAt,
                             Boolean firstContact) {
        this(complaintId, citizenWaId, channel, language, text, location, mediaIds, contactNumber, receivedAt,
                firstContact, null);
    }
}
