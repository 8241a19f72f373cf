package org.samparksetu.notification.notice;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.WhatsAppAddress;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.notification.citizen.CustomerServiceWindows;
import org.samparksetu.notification.delivery.MessageQueue;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.language.Language;

import java.util.Optional;

/**
 * One WhatsApp message per {@code citizen.notice} event (the inbox and the queue's cause key make redelivery
 * harmless). Most notices answer something the citizen has just sent, so their 24-hour window is open: they go as
 * free text, without a template. A field check's finding (FLAGGED_FALSE) and the grievance cell clearing the flag
 * (FLAG_CLEARED) come on their own time: they leave the window as it is and go as their template when it is closed.
 */
@ApplicationScoped
public class IntakeNoticeService {
    private static final Logger LOG = Logger.getLogger(IntakeNoticeService.class);
    static final String CONSUMER = "notification-service.citizen-notice";

    @Inject
    CustomerServiceWindows windows;
    @Inject
    MessageQueue queue;
    @Inject
    MeterRegistry metrics;

    @Transactional
    public void handle(EventEnvelope<CitizenNotice> event) {
        CitizenNotice n = event.data();
        if (n == null) {
            throw new MalformedEventException("citizen.notice " + event.id() + " has no data");
        }
        boolean answers = IntakeNoticeMessages.answersTheCitizen(n.kind());
        String wa = answers ? windows.citizenWrote(event, n.citizenWaId(), n.noticeAt()) : addressOf(event, n);
        Language lang = n.language() == null ? Language.HI : Language.of(n.language());
        Optional<CitizenMessage> message = IntakeNoticeMessages.of(n, lang);
        if (message.isEmpty()) {
            LOG.warnf("citizen.notice %s of unknown kind %s: nothing to say", event.id(), n.kind());
            return; // a newer intake's kind: additive, so not poison
        }
        queue.queueReply(n.complaintId() != null ? n.complaintId() : MessageQueue.NO_COMPLAINT, event, wa, lang, message.get(),
                answers ? Optional.empty() : IntakeNoticeMessages.template(n, lang), null);
        metrics.counter("notification.intake-notices", "kind", n.kind()).increment();
    }

    private static String addressOf(EventEnvelope<?> event, CitizenNotice n) {
        if (n.citizenWaId() == null || n.citizenWaId().isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no citizen");
        }
        return WhatsAppAddress.normalise(n.citizenWaId());
    }
}
