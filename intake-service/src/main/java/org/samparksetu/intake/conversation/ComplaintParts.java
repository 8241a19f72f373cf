package org.samparksetu.intake.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.MediaRetryQueue;
import org.samparksetu.intake.media.StoredMedia;

import java.time.Instant;

/**
 * Adds a later message to an existing complaint as one more part (the complaint's history), the same row the
 * complaint window writes for its parts: text, a photo with its stored hash, a pin. The complaint's announced text
 * stays as it was announced; the operator and the evidence export see every part.
 */
@ApplicationScoped
public class ComplaintParts {

    @Inject
    EntityManager em;
    @Inject
    MediaRetryQueue mediaRetries;

    /** @param text the text to keep with the part (a message's body or caption), or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Complaint c, InboundMessage m, String text, Instant receivedAt, StoredMedia media) {
        String type = m.type();
        String mediaId = null;
        String mime = null;
        String webhookSha = null;
        Boolean voice = null;
        if ("location".equals(type)) {
            InboundMessage.Location pin = m.location();
            // a complaint that has no place yet takes the pin (a photographed letter rarely says where)
            if (c.latitude == null && pin.hasCoordinates()) {
                c.latitude = pin.latitude();
                c.longitude = pin.longitude();
                c.locationName = pin.name();
                c.locationAddress = pin.address();
            }
        } else if (!"text".equals(type)) {
            mediaId = m.mediaId();
            mime = m.mediaMimeType();
            webhookSha = m.mediaSha256();
            voice = m.voice();
        }
        if (media != null && media.sha256() != null) {
            em.createNativeQuery("""
                            insert into media_object (sha256, mime_type, size_bytes) values (?1, ?2, ?3)
                            on conflict (sha256) do nothing""")
                    .setParameter(1, media.sha256()).setParameter(2, media.mimeType() != null ? media.mimeType() : mime)
                    .setParameter(3, media.size()).executeUpdate();
        }
        em.createNativeQuery("""
                        insert into complaint_part (complaint_id, wamid, message_type, text, media_id, media_mime_type,
                          media_sha256_webhook, media_sha256, media_size, media_error, voice, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, c.complaintId)
                .setParameter(2, m.wamid())
                .setParameter(3, type)
                .setParameter(4, text, String.class)
                .setParameter(5, mediaId, String.class)
                .setParameter(6, mime, String.class)
                .setParameter(7, webhookSha, String.class)
                .setParameter(8, media == null ? null : media.sha256(), String.class)
                .setParameter(9, media == null ? null : media.size(), Long.class)
                .setParameter(10, media == null ? null : media.error(), String.class)
                .setParameter(11, voice, Boolean.class)
                .setParameter(12, receivedAt, Instant.class)
                .executeUpdate();
        c.updatedAt = receivedAt;
        if (media != null && media.retryable() && mediaId != null) {
            mediaRetries.enqueue(c.complaintId, m.wamid(), type, mediaId, webhookSha, media.error());
        }
    }
}
