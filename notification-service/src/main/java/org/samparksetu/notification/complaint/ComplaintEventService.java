package org.samparksetu.notification.complaint;

import org.samparksetu.contract.WhatsAppAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.notification.citizen.CitizenContact;
import org.samparksetu.notification.citizen.CitizenContactRepository;
import org.samparksetu.notification.citizen.CustomerServiceWindows;
import org.samparksetu.notification.cluster.Clusters;
import org.samparksetu.notification.delivery.MessageQueue;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.MessageComposer;
import org.samparksetu.notification.query.CommandReplies;
import org.samparksetu.notification.query.StatusReport;
import org.samparksetu.notification.rating.ReopeningAnnouncement;
import org.samparksetu.notification.timeline.Timeline;

import java.time.Clock;
import java.util.Optional;

/**
 * One complaint event in, in one transaction: the inbox mark, the timeline row, the citizen's contact
 * (from complaint.received) and at most one queued message. Sending happens after commit.
 */
@ApplicationScoped
public class ComplaintEventService {
    private static final Logger LOG = Logger.getLogger(ComplaintEventService.class);
    static final String CONSUMER = "notification-service.complaint-events";

    @Inject
    Timeline timeline;
    @Inject
    CitizenContactRepository contacts;
    @Inject
    MessageQueue queue;
    @Inject
    CustomerServiceWindows windows;
    @Inject
    Clusters clusters;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    static final String CHANNEL_WHATSAPP = "WHATSAPP";
    @Inject
    MessageComposer composer;
    @Inject
    Clock clock;

    @Transactional
    public void handle(EventEnvelope<?> event) {
        String complaintId = complaintId(event);
        // One complaint's events arrive on several topics and are handled concurrently: without this lock a
        // message could see "citizen unknown" while complaint.received commits, and wait for a release that
        // already happened. Held to commit; other complaints are not held up.
        lock(complaintId);
        timeline.record(complaintId, event);
        if (event.data() instanceof ComplaintReceived received) {
            if (received.citizenWaId() == null || received.citizenWaId().isBlank()) {
                throw new MalformedEventException("complaint.received for " + complaintId + " has no citizen");
            }
            if (CHANNEL_WHATSAPP.equalsIgnoreCase(received.channel())) {
                // the citizen's own WhatsApp message: the 24-hour customer-service window opens (or refreshes)
                windows.citizenWrote(received.citizenWaId(), received.receivedAt() != null ? received.receivedAt() : event.time());
            }
            Optional<CitizenContact> fresh = contacts.rememberIfNew(received);
            if (Boolean.TRUE.equals(received.acknowledged())) {
                // the number already went out with intake's ACKNOWLEDGED notice: no second acknowledgement (the queue
                // composes none), but the messages that waited for this citizen go out now
                LOG.infof("complaint %s complete (event %s): acknowledged at its first message", complaintId, event.id());
            }
            if (fresh.isEmpty()) {
                LOG.infof("complaint %s received again (event %s): citizen already known, no second acknowledgement",
                        complaintId, event.id());
                return;
            }
            queue.queue(complaintId, event, fresh);
            queue.release(fresh.get(), event.time());
            return;
        }
        if (event.data() instanceof ComplaintRouted routed) {
            clusters.join(complaintId, routed.clusterId());
        }
        if (timeline.isWithdrawn(complaintId)) {
            // Withdrawn (this event, or earlier): kept on the timeline, but a late "registered", "escalated" or
            // "is it fixed?" would only confuse a citizen who took the complaint back. The WITHDRAW command's
            // reply already confirmed it, so the withdrawal itself sends nothing either.
            if (composer.kindFor(event.data()).isPresent()) {
                metrics.counter("notification.suppressed", "reason", "withdrawn", "type", event.type()).increment();
                LOG.infof("complaint %s is withdrawn: no %s message to the citizen", complaintId, event.type());
            }
            return;
        }
        if (event.data() instanceof ComplaintReopened reopened
                && ReopeningAnnouncement.toldByRating(reopened.reason(), stageBefore(complaintId, event))) {
            metrics.counter("notification.suppressed", "reason", "told-by-rating", "type", event.type()).increment();
            LOG.infof("complaint %s reopened at the citizen's word: told by complaint.rated, not by %s", complaintId, event.type());
            queueForCoComplainants(complaintId, event);
            return;
        }
        Optional<CitizenContact> citizen = contacts.forComplaint(complaintId);
        if (event.data() instanceof ComplaintRated rated && ComplaintRated.NOT_CLOSED.equals(rated.refusal())
                && citizen.isPresent()) {
            // "it is still open": with where it stands, read from the timeline now
            Language lang = Language.of(citizen.get().language);
            String status = CommandReplies.statusText(StatusReport.of(complaintId, timeline.of(complaintId)), lang, clock.instant());
            queue.queueReply(complaintId, event, citizen.get().waId, lang, composer.rated(rated, lang, Optional.of(status)),
                    Optional.empty(), null);
            return;
        }
        if (citizen.isEmpty() && event.data() instanceof ComplaintQuarantined q
                && q.citizenWaId() != null && !q.citizenWaId().isBlank()) {
            // a quarantined message never becomes a complaint.received: the event itself says who to tell.
            // Not remembered as the complaint's contact, so a later release still gets its acknowledgement.
            citizen = Optional.of(transientContact(complaintId, q.citizenWaId(), q.language()));
        }
        queue.queue(complaintId, event, citizen);
        queueForCoComplainants(complaintId, event);
    }

    private void queueForCoComplainants(String complaintId, EventEnvelope<?> event) {
        if (composer.concernsCoComplainants(event.data())) {
            for (String member : clusters.membersOf(complaintId)) {
                lock(member);
                queue.queueForCoComplainant(member, event, contacts.forComplaint(member));
            }
        }
    }

    /** Where the complaint stood before this event (its own timeline row left out). */
    private StatusReport.Stage stageBefore(String complaintId, EventEnvelope<?> event) {
        return StatusReport.of(complaintId, timeline.of(complaintId).stream()
                .filter(t -> !event.id().equals(t.eventId)).toList()).stage();
    }

    private void lock(String complaintId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked").setParameter(1, complaintId).getSingleResult();
    }

    private static CitizenContact transientContact(String complaintId, String waId, String language) {
        CitizenContact c = new CitizenContact();
        c.complaintId = complaintId;
        c.waId = WhatsAppAddress.normalise(waId);
        c.language = Language.of(language).code();
        return c;
    }

    private static String complaintId(EventEnvelope<?> event) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no subject (complaint ID)");
        }
        return event.subject();
    }
}
