package org.samparksetu.intake.reply;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * After a citizen taps "not fixed", verification asks why and for a photo. The answer arrives as an ordinary
 * WhatsApp text or image, which would otherwise file a new complaint: for a while ({@code reason-window}) the
 * first text from that number is the reason ({@code citizen.replied} kind TEXT) and every photo is evidence of the
 * dispute (kind IMAGE, carrying the stored media's content hash). Anything else, or anything after the window,
 * is handled as usual.
 */
@ApplicationScoped
public class ReasonReplyService {
    private static final Logger LOG = Logger.getLogger(ReasonReplyService.class);
    public static final String KIND_TEXT = "TEXT";
    public static final String KIND_IMAGE = "IMAGE";

    @Inject
    AwaitedReasons awaited;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "intake.reply.reason-window", defaultValue = "PT24H")
    Duration reasonWindow;

    /** The citizen disputed the fix of {@code complaintId}: their reason and photos are awaited from now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitReason(String citizenWaId, String complaintId, Instant at) {
        awaited.await(citizenWaId, complaintId, at, at.plus(reasonWindow));
    }

    /**
     * Forwards the message as the awaited reason or photo. Call before filing a complaint, with the citizen's
     * lock held, for a message that is not a command.
     *
     * @param media the stored media of an image, or null
     * @return the complaint the message answered about, or empty when it is not an awaited answer
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> onReason(InboundMessage m, StoredMedia media, Instant receivedAt) {
        boolean text = "text".equals(m.type());
        boolean image = "image".equals(m.type());
        if (!text && !image) {
            return Optional.empty();
        }
        Instant at = m.sentAt() != null ? m.sentAt() : receivedAt;
        Optional<AwaitedReasons.Awaited> owed = awaited.awaitedFrom(m.citizenId(), at);
        if (owed.isEmpty() || (text && owed.get().reasonGiven())) {
            return Optional.empty();
        }
        String complaintId = owed.get().complaintId();
        if (text) {
            String body = m.text();
            outbox.emit(EventType.CITIZEN_REPLIED, complaintId, new CitizenReplied(complaintId, m.citizenId(), m.wamid(),
                    KIND_TEXT, null, body, at, null, LanguageGuess.of(body), null));
            awaited.reasonGiven(m.citizenId(), at);
        } else {
            String caption = m.caption();
            // A photo that could not be stored is still the citizen's answer (not a complaint); it carries no hash.
            List<String> mediaIds = media != null && media.sha256() != null ? List.of(media.sha256()) : List.of();
            outbox.emit(EventType.CITIZEN_REPLIED, complaintId, new CitizenReplied(complaintId, m.citizenId(), m.wamid(),
                    KIND_IMAGE, null, caption, at, null, caption != null ? LanguageGuess.of(caption) : null, mediaIds));
        }
        metrics.counter("intake.dispute.replies", "kind", text ? "reason" : "photo").increment();
        LOG.infof("%s from %s is the awaited %s about %s", m.type(), Mask.phone(m.citizenId()),
                text ? "reason" : "photo", complaintId);
        return Optional.of(complaintId);
    }
}
