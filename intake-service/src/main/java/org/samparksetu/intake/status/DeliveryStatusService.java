package org.samparksetu.intake.status;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Delivery statuses of the messages we sent, passed on as {@code whatsapp.status} once per (message, status):
 * WhatsApp re-delivers statuses as it re-delivers messages.
 */
@ApplicationScoped
public class DeliveryStatusService {

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    /** @return true when this (message, status) was new and an event was emitted */
    @Transactional
    public boolean record(DeliveryStatus s) {
        if (s.messageId() == null || s.status() == null) {
            return false;
        }
        int inserted = em.createNativeQuery("""
                        insert into whatsapp_status (message_id, status, recipient_id, status_at)
                        values (?1, ?2, ?3, ?4) on conflict (message_id, status) do nothing""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, s.messageId())
                .setParameter(2, s.status())
                .setParameter(3, s.recipientId(), String.class)
                .setParameter(4, s.timestamp(), Instant.class)
                .executeUpdate();
        if (inserted == 0) {
            metrics.counter("intake.duplicates", "kind", "status").increment();
            return false;
        }
        // The notification service's own key when it attached one, otherwise the recipient: either way, one
        // message's statuses share a key and stay in order on one partition.
        String key = s.bizOpaqueCallbackData() != null ? s.bizOpaqueCallbackData() : s.recipientId();
        outbox.emit(EventType.WHATSAPP_STATUS, key, new WhatsAppStatus(s.messageId(), s.recipientId(), s.status(),
                s.timestamp() != null ? s.timestamp() : Instant.now(clock), s.bizOpaqueCallbackData(), s.errorCode(),
                s.errorTitle()));
        return true;
    }
}
