package org.samparksetu.notification.officer;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.OfficerNotice;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.notification.delivery.MessageQueue;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.CitizenMessage;

import java.util.Optional;

/**
 * One WhatsApp template to the named officer per {@code officer.notice} event (the inbox and the queue's cause key
 * make a redelivery harmless). An officer is not a citizen: nothing here touches the citizens' contacts, windows or
 * timelines, so the officer gets no citizen flow (acknowledgements, ratings, status answers) and the citizen's
 * status answers never show what the officer was told.
 */
@ApplicationScoped
public class OfficerNoticeService {
    private static final Logger LOG = Logger.getLogger(OfficerNoticeService.class);
    static final String CONSUMER = "notification-service.officer-notice";

    @Inject
    OfficerNoticeMessages messages;
    @Inject
    OfficerConfig config;
    @Inject
    MessageQueue queue;
    @Inject
    MeterRegistry metrics;

    @Transactional
    public void handle(EventEnvelope<OfficerNotice> event) {
        OfficerNotice n = event.data();
        if (n == null) {
            throw new MalformedEventException("officer.notice " + event.id() + " has no data");
        }
        if (n.officerWaId() == null || n.officerWaId().isBlank()) {
            // no retry gives the officer a number: routing's directory must be fixed
            throw new MalformedEventException("officer.notice " + event.id() + " names no officer's WhatsApp number");
        }
        String complaintId = n.complaintId() != null && !n.complaintId().isBlank() ? n.complaintId() : event.subject();
        if (complaintId == null || complaintId.isBlank()) {
            throw new MalformedEventException("officer.notice " + event.id() + " names no complaint");
        }
        Language lang = Language.of(config.language());
        Optional<CitizenMessage.Template> template = messages.of(n, lang);
        if (template.isEmpty()) {
            // a kind a newer routing sends: additive, so not poison; told once it has a template
            metrics.counter("notification.officer-notices.untold", "kind", String.valueOf(n.kind())).increment();
            LOG.warnf("officer.notice %s of kind %s has no template configured: the officer is not told", event.id(), n.kind());
            return;
        }
        if (queue.queueToOfficer(complaintId, event, n.officerWaId(), lang, template.get())) {
            metrics.counter("notification.officer-notices", "kind", n.kind()).increment();
        }
    }
}
