package org.samparksetu.notification.delivery;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.NotificationFailed;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Applies WhatsApp delivery statuses to the messages we sent. */
@ApplicationScoped
public class DeliveryStatusService {
    @Inject
    Clock clock;
    private static final Logger LOG = Logger.getLogger(DeliveryStatusService.class);
    static final String CONSUMER = "notification-service.whatsapp-status";

    @Inject
    Outbox outbox;
    @Inject
    OutgoingMessageRepository messages;
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;
    @Inject
    SendOutcomes outcomes;
    @Inject
    jakarta.persistence.EntityManager em;

    @Transactional
    public void apply(EventEnvelope<WhatsAppStatus> event) {
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
        OutgoingMessage m = em.find(OutgoingMessage.class, found.get().id, LockModeType.PESSIMISTIC_WRITE);
        Instant at = s.timestamp() != null ? s.timestamp() : event.time();
        if (m.state == OutgoingMessage.State.PENDING || m.state == OutgoingMessage.State.SENDING
                || m.state == OutgoingMessage.State.IN_DOUBT) {
            reconcile(m, status.get(), s, at);
            return;
        }
        if (m.state == OutgoingMessage.State.SENT && m.wamid != null && s.messageId() != null && !m.wamid.equals(s.messageId())
                && m.id.toString().equals(trim(s.bizOpaqueCallbackData()))) {
            // the same message of ours went out under two wamids: a resend after an in-doubt attempt that had in fact
            // gone out. Counted, so the reconcile window can be tuned; the citizen cannot be un-sent a message.
            if (m.duplicateWamid == null) {
                m.duplicateWamid = s.messageId();
                metrics.counter("notification.messages.duplicates_detected").increment();
                LOG.warnf("message %s for %s (%s) went out twice (%s and %s)", m.id, m.complaintId, m.kind, m.wamid, s.messageId());
            }
            return;
        }
        DeliveryStatus current = DeliveryStatus.of(m.deliveryStatus).orElse(null);
        if (!status.get().advances(current)) {
            LOG.debugf("message %s: %s after %s ignored", m.id, s.status(), m.deliveryStatus);
            return;
        }
        m.deliveryStatus = status.get().wire();
        m.deliveryStatusAt = at;
        if (status.get() == DeliveryStatus.FAILED) {
            if (windowClosed(s) && outcomes.fallBackToTemplate(m, "WhatsApp reported failed: 131047")) {
                // accepted, then refused for the closed window: never delivered, so the template goes instead
                m.wamid = null;
                m.sentAt = null;
                m.deliveryStatus = null;
                m.deliveryStatusAt = null;
                m.nextAttemptAt = clock.instant();
                return;
            }
            m.lastErrorCode = s.errorCode();
            m.lastError = "WhatsApp reported failed" + (s.errorTitle() == null ? "" : ": " + s.errorTitle());
            outbox.emit(EventType.NOTIFICATION_FAILED, m.complaintId, new NotificationFailed(
                    m.complaintId, m.causeEventId.toString(), s.errorCode(), m.lastError, clock.instant()));
            metrics.counter("notification.messages.failed", "kind", m.kind).increment();
            LOG.warnf("message %s for %s (%s) not delivered: code %s", m.id, m.complaintId, m.kind, s.errorCode());
        } else {
            LOG.infof("message %s for %s (%s) is %s", m.id, m.complaintId, m.kind, m.deliveryStatus);
        }
    }

    /**
     * A status for a message whose send we have not recorded: the sender crashed after WhatsApp accepted it, the
     * call timed out, or the status simply overtook our record. WhatsApp's word settles it: it went out (or failed),
     * and it is not sent again.
     */
    private void reconcile(OutgoingMessage m, DeliveryStatus status, WhatsAppStatus s, Instant at) {
        OutgoingMessage.State was = m.state;
        if (status == DeliveryStatus.FAILED) {
            m.lastErrorCode = s.errorCode();
            m.lastError = "WhatsApp reported failed" + (s.errorTitle() == null ? "" : ": " + s.errorTitle());
            if (windowClosed(s) && outcomes.fallBackToTemplate(m, m.lastError)) {
                m.claimedUntil = null;
                m.nextAttemptAt = clock.instant();
                return;
            }
            m.deliveryStatus = status.wire();
            m.deliveryStatusAt = at;
            outcomes.fail(m, s.errorCode(), m.lastError, clock.instant());
            return;
        }
        outcomes.markSent(m, s.messageId(), at);
        m.deliveryStatus = status.wire();
        m.deliveryStatusAt = at;
        m.inDoubtSince = null;
        metrics.counter("notification.messages.reconciled", "was", was.name()).increment();
        LOG.infof("message %s for %s (%s) was %s; a %s status with our id shows it went out as %s: recorded, not sent again",
                m.id, m.complaintId, m.kind, was, s.status(), s.messageId());
    }

    /** WhatsApp accepted the free text, then refused it for the closed window (131047): never delivered. */
    private static boolean windowClosed(WhatsAppStatus s) {
        return s.errorCode() != null && GraphErrorRule.meaning(s.errorCode(), null) == GraphErrorRule.Meaning.WINDOW_CLOSED;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
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
