package org.samparksetu.intake.notice;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.List;

/**
 * Tells a citizen, through {@code citizen.notice}, what intake did with a message when no complaint event says
 * it: the repeat was linked, the photo or voice note waits for an operator to type it in, the number is blocked.
 * Emitted in the caller's transaction (the decision and its notice commit together, so each is told exactly once).
 */
@ApplicationScoped
public class CitizenNotices {
    private static final Logger LOG = Logger.getLogger(CitizenNotices.class);

    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public void linked(String citizen, String complaintId, String earlierComplaintId, String language) {
        emit(new CitizenNotice(citizen, complaintId, CitizenNotice.LINKED, earlierComplaintId, null, language, Instant.now()));
    }

    /** A media-only complaint has no words to guess a language from: the citizen's last written one, else Hindi. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitingTranscription(String citizen, String complaintId) {
        emit(new CitizenNotice(citizen, complaintId, CitizenNotice.AWAITING_TRANSCRIPTION, null, null,
                lastLanguage(citizen, complaintId), Instant.now()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void blocked(String citizen, String reason, String language) {
        emit(new CitizenNotice(citizen, null, CitizenNotice.BLOCKED, null, reason, language, Instant.now()));
    }

    /** A sticker, reaction, contact card, order or the like: what we can take instead (no complaint is involved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unsupportedMessage(String citizen, String messageType, String language) {
        emit(new CitizenNotice(citizen, null, CitizenNotice.UNSUPPORTED_MESSAGE, null, null, language, Instant.now(),
                null, messageType, null));
    }

    private void emit(CitizenNotice notice) {
        if (notice.citizenWaId() == null) {
            return; // an Open311 or operator complaint without a number: nobody to tell on WhatsApp
        }
        // keyed by the complaint (ordered with its other events), or by the number when there is none
        outbox.emit(EventType.CITIZEN_NOTICE, notice.complaintId() != null ? notice.complaintId() : notice.citizenWaId(), notice);
        metrics.counter("intake.citizen-notices", "kind", notice.kind()).increment();
        LOG.infof("citizen %s will be told: %s %s", Mask.phone(notice.citizenWaId()), notice.kind(),
                notice.complaintId() == null ? "" : notice.complaintId());
    }

    @SuppressWarnings("unchecked")
    private String lastLanguage(String citizen, String exceptComplaint) {
        List<String> langs = em.createNativeQuery("""
                        select language from complaint where citizen_wa_id = ?1 and complaint_id <> ?2 and text is not null
                        order by received_at desc limit 1""")
                .setParameter(1, citizen).setParameter(2, exceptComplaint).getResultList();
        return langs.isEmpty() ? LanguageGuess.HINDI : langs.get(0);
    }
}
