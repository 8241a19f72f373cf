package org.samparksetu.notification.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.inbox.Inbox;
import org.samparksetu.notification.citizen.CitizenContact;
import org.samparksetu.notification.citizen.CitizenContactRepository;
import org.samparksetu.notification.delivery.MessageQueue;
import org.samparksetu.notification.timeline.Timeline;

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
    Inbox inbox;
    @Inject
    Timeline timeline;
    @Inject
    CitizenContactRepository contacts;
    @Inject
    MessageQueue queue;

    @Transactional
    public void handle(EventEnvelope<?> event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        String complaintId = complaintId(event);
        timeline.record(complaintId, event);
        if (event.data() instanceof ComplaintReceived received) {
            if (received.citizenWaId() == null || received.citizenWaId().isBlank()) {
                throw new MalformedEventException("complaint.received for " + complaintId + " has no citizen");
            }
            Optional<CitizenContact> fresh = contacts.rememberIfNew(received);
            if (fresh.isEmpty()) {
                LOG.infof("complaint %s received again (event %s): citizen already known, no second acknowledgement",
                        complaintId, event.id());
                return;
            }
            queue.queue(complaintId, event, fresh);
            queue.release(fresh.get(), event.time());
            return;
        }
        queue.queue(complaintId, event, contacts.forComplaint(complaintId));
    }

    private static String complaintId(EventEnvelope<?> event) {
        if (event.subject() == null || event.subject().isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no subject (complaint ID)");
        }
        return event.subject();
    }
}
