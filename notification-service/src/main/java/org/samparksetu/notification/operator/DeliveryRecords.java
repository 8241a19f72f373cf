package org.samparksetu.notification.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.notification.delivery.DeliveryConfig;
import org.samparksetu.notification.delivery.MessageQueue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The delivery record, read for the district grievance cell: citizens WhatsApp cannot reach (their complaint's
 * messages keep failing, at least {@code operator-list-failures} times), and one complaint's messages in order. An
 * officer's notices are in the complaint's record (marked as the officer's) but never on the call list: it is for
 * phoning citizens.
 */
@ApplicationScoped
public class DeliveryRecords {

    public record CallListEntry(String complaintId, String phone, long failedMessages, Integer lastErrorCode,
                                String lastError, Instant lastFailedAt, Instant lastSentAt) {
    }

    public record MessageRecord(String id, String kind, String state, String sentAs, String deliveryStatus,
                                Instant deliveryStatusAt, int attempts, Integer lastErrorCode, String lastError,
                                Instant sentAt, Instant failedAt, String audience) {
    }

    @Inject
    EntityManager em;
    @Inject
    DeliveryConfig config;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<CallListEntry> callList() {
        List<Object[]> rows = em.createNativeQuery("""
                        select f.complaint_id, f.recipient, f.failed, last.last_error_code, last.last_error, f.last_failed,
                               (select max(s.sent_at) from outgoing_message s where s.complaint_id = f.complaint_id and s.state = 'SENT'
                                and s.audience = 'CITIZEN')
                        from (select complaint_id, max(recipient) as recipient, count(*) as failed, max(failed_at) as last_failed
                              from outgoing_message where state = 'FAILED' and complaint_id <> ?2 and audience = 'CITIZEN'
                              group by complaint_id having count(*) >= ?1) f
                        join lateral (select last_error_code, last_error from outgoing_message l
                                      where l.complaint_id = f.complaint_id and l.state = 'FAILED' and l.audience = 'CITIZEN'
                                      order by l.failed_at desc limit 1) last on true
                        order by f.last_failed desc
                        limit 500""")
                .setParameter(1, Math.max(1, config.operatorListFailures()))
                .setParameter(2, MessageQueue.NO_COMPLAINT)
                .getResultList();
        return rows.stream().map(r -> new CallListEntry((String) r[0], r[1] == null ? null : "+" + r[1],
                ((Number) r[2]).longValue(), r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4],
                instant(r[5]), instant(r[6]))).toList();
    }

    /** Empty when the complaint has no messages (or is unknown). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<MessageRecord> messages(String complaintId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(id as text), kind, state, sent_as, delivery_status, delivery_status_at, attempts,
                               last_error_code, last_error, sent_at, failed_at, audience
                        from outgoing_message where complaint_id = ?1 order by order_at, priority, seq""")
                .setParameter(1, complaintId)
                .getResultList();
        return rows.stream().map(r -> new MessageRecord((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], instant(r[5]), ((Number) r[6]).intValue(), r[7] == null ? null : ((Number) r[7]).intValue(),
                (String) r[8], instant(r[9]), instant(r[10]), (String) r[11])).toList();
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        } else if (o instanceof Timestamp t) {
            return t.toInstant();
        } else if (o instanceof Instant i) {
            return i;
        } else if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
