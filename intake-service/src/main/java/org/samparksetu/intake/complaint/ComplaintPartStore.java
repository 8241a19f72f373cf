package org.samparksetu.intake.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.MediaRetryQueue;
import org.samparksetu.intake.media.StoredMedia;

import java.time.Instant;
import java.util.List;

/**
 * One message kept as one part of a complaint: the {@code complaint_part} row (text, media with its hashes, a pin's
 * type), the stored media's {@code media_object} row (the media store wrote it with the bytes already), and a retry of a download that failed for now. The same row whether
 * the message joined a complaint being assembled or was added to an existing one later.
 */
@ApplicationScoped
public class ComplaintPartStore {

    @Inject
    EntityManager em;
    @Inject
    MediaRetryQueue mediaRetries;

    /** @param text the words kept with the part (a message's body or caption), or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(Complaint c, InboundMessage m, String text, Instant receivedAt, StoredMedia media) {
        boolean hasMedia = !"text".equals(m.type()) && !"location".equals(m.type());
        String mediaId = hasMedia ? m.mediaId() : null;
        String mime = hasMedia ? m.mediaMimeType() : null;
        String webhookSha = hasMedia ? m.mediaSha256() : null;
        Boolean voice = hasMedia ? m.voice() : null;
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
                .setParameter(3, m.type())
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
            // the complaint goes on without the file for now; the queue keeps trying while the media id lives
            mediaRetries.enqueue(c.complaintId, m.wamid(), m.type(), mediaId, webhookSha, media.error());
        }
    }

    /** The words of every part of the complaint (texts and captions), oldest first, joined by new lines; or null. */
    @SuppressWarnings("unchecked")
    public String words(String complaintId) {
        List<String> texts = em.createNativeQuery(
                        "select text from complaint_part where complaint_id = ?1 and text is not null order by id")
                .setParameter(1, complaintId).getResultList();
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    /** Whether a photo, voice note, document or video is among the complaint's parts. */
    public boolean hasMedia(String complaintId) {
        return ((Number) em.createNativeQuery("select count(*) from complaint_part where complaint_id = ?1 and media_id is not null")
                .setParameter(1, complaintId).getSingleResult()).longValue() > 0;
    }

    /** Content hashes (sha256, hex) of the media stored for this complaint, oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> mediaHashes(String complaintId) {
        return em.createNativeQuery("select media_sha256 from complaint_part where complaint_id = ?1 and media_sha256 is not null order by id")
                .setParameter(1, complaintId).getResultList();
    }
}
