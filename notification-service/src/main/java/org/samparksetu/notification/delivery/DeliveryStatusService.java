package org.samparksetu.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.NotificationFailed;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.messaging.inbox.Inbox;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Applies WhatsApp delivery statuses to the messages we sent. */
@ApplicationScoped
public class DeliveryStatusService {
    private static final Logger LOG = Logger.getLogger(DeliveryStatusService.class);
    static final String CONSUMER = "notification-service.whatsapp-status";

    @Inject
    Inbox inbox;
    @Inject
    Outbox outbox;
    @Inject
    OutgoingMessageRepository messages;
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Transactional
    public void apply(EventEnvelope<WhatsAppStatus> event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        WhatsAppStatus s = event.data();
        Optional<DeliveryStatus> status = DeliveryStatus.of(s.status());
        if (status.isEmpty()) {
            return;
        }
        Optional<OutgoingMessage> found = find(s);
        if (found.isEmpty()) {
            // not a message of ours (or from before this database): nothing to update
            LOG.debugf("status %s for unknown message %s ignored", s.status(), s.messageId());
            return;
        }
        OutgoingMessage m = found.get();
        DeliveryStatus current = DeliveryStatus.of(m.deliveryStatus).orElse(null);
        if (!status.get().advances(current)) {
            LOG.debugf("message %s: %s after %s ignored", m.id, s.status(), m.deliveryStatus);
            return;
        }
        m.deliveryStatus = status.get().wire();
        m.deliveryStatusAt = s.timestamp() != null ? s.timestamp() : event.time();
        if (m.wamid == null && s.messageId() != null && m.state != OutgoingMessage.State.SENT) {
            // the status overtook our own record of the send; the sender writes the wamid when it records SENT
            LOG.debugf("message %s: status before the send was recorded", m.id);
        }
        if (status.get() == DeliveryStatus.FAILED) {
            m.lastErrorCode = s.errorCode();
            m.lastError = "WhatsApp reported failed" + (s.errorTitle() == null ? "" : ": " + s.errorTitle());
            outbox.emit(EventType.NOTIFICATION_FAILED, m.complaintId, new NotificationFailed(
                    m.complaintId, m.causeEventId.toString(), s.errorCode(), m.lastError, Instant.now()));
            metrics.counter("notification.messages.failed", "kind", m.kind).increment();
            LOG.warnf("message %s for %s (%s) not delivered: code %s", m.id, m.complaintId, m.kind, s.errorCode());
        } else {
            LOG.infof("message %s for %s (%s) is %s", m.id, m.complaintId, m.kind, m.deliveryStatus);
        }
    }

    /** By wamid; else by our id echoed in biz_opaque_callback_data (a status can overtake our record of the send). */
    private Optional<OutgoingMessage> find(WhatsAppStatus s) {
        if (s.messageId() != null) {
            Optional<OutgoingMessage> byWamid = messages.byWamid(s.messageId());
            if (byWamid.isPresent()) {
                return byWamid;
            }
        }
        if (s.bizOpaqueCallbackData() != null) {
            try {
                return messages.findByIdOptional(UUID.fromString(s.bizOpaqueCallbackData().trim()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
