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

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Tells a citizen, through {@code citizen.notice}, what intake did with a message when no complaint event says
 * it: the complaint's number at its first message, a message joined it, a pin needs words, the repeat was linked,
 * the photo or voice note waits for an operator to type it in, the number is blocked.
 * Emitted in the caller's transaction (the decision and its notice commit together, so each is told exactly once).
 */
@ApplicationScoped
public class CitizenNotices {
    private static final Logger LOG = Logger.getLogger(CitizenNotices.class);

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public void linked(String citizen, String complaintId, String earlierComplaintId, String language) {
        emit(new CitizenNotice(citizen, complaintId, CitizenNotice.LINKED, earlierComplaintId, null, language, Instant.now(clock)));
    }

    /**
     * The complaint's photo, voice note or document waits for a person to read or hear it. In the language of its
     * words when it has some (a cover note such as "please see"), else the citizen's last written one, else Hindi.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitingTranscription(String citizen, String complaintId, String words) {
        emit(new CitizenNotice(citizen, complaintId, CitizenNotice.AWAITING_TRANSCRIPTION, null, null,
                languageOf(words, citizen, complaintId), Instant.now(clock)));
    }

    /**
     * The complaint number, at the first message of a new complaint (the complaint is still being put together).
     *
     * @param firstContact the citizen's first complaint: the welcome and the privacy notice go with the number
     * @param messageType  what the first message was (text, image, audio…)
     * @param words        its words, if any, to answer in their language
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledged(String citizen, String complaintId, boolean firstContact, String messageType, String words) {
        emit(new CitizenNotice(citizen, complaintId, CitizenNotice.ACKNOWLEDGED, null, null,
                languageOf(words, citizen, complaintId), Instant.now(clock), firstContact, messageType, null));
    }

    /** A message (photo, pin, more words) joined the complaint that is still being put together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void partAdded(String citizen, String complaintId, String messageType, String words) {
        emit(new CitizenNotice(citizen, complaintId, CitizenNotice.PART_ADDED, null, null,
                languageOf(words, citizen, complaintId), Instant.now(clock), null, messageType, null));
    }

    /** A location pin came without words: please write what is wrong there; the words will join it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void locationNeedsText(String citizen, String complaintId) {
        emit(new CitizenNotice(citizen, complaintId, CitizenNotice.LOCATION_NEEDS_TEXT, null, null,
                lastLanguage(citizen, complaintId), Instant.now(clock), null, "location", null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void blocked(String citizen, String reason, String language) {
        emit(new CitizenNotice(citizen, null, CitizenNotice.BLOCKED, null, reason, language, Instant.now(clock)));
    }

    /** A field check found the complaint false and the number is flagged: the citizen is told, calmly. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flaggedFalse(String citizen, String complaintId, String language) {
        emit(new CitizenNotice(citizen, complaintId, CitizenNotice.FLAGGED_FALSE, null, null,
                language != null ? language : lastLanguage(citizen, complaintId), Instant.now(clock)));
    }

    /** The grievance cell cleared the number's flag, for this reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flagCleared(String citizen, String reason) {
        emit(new CitizenNotice(citizen, null, CitizenNotice.FLAG_CLEARED, null, reason, lastLanguage(citizen, ""),
                Instant.now(clock)));
    }

    /** A sticker, reaction, contact card, order or the like: what we can take instead (no complaint is involved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unsupportedMessage(String citizen, String messageType, String language) {
        emit(new CitizenNotice(citizen, null, CitizenNotice.UNSUPPORTED_MESSAGE, null, null, language, Instant.now(clock),
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

    /** The language of these words when they have letters; a photo or pin has none: the citizen's last one. */
    private String languageOf(String words, String citizen, String complaintId) {
        return words != null && words.codePoints().anyMatch(Character::isLetter)
                ? LanguageGuess.of(words) : lastLanguage(citizen, complaintId);
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
