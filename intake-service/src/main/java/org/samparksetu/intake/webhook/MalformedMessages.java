package org.samparksetu.intake.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Keeps the messages of a webhook that could not be understood, with the reason, in the webhook's own transaction.
 * One row per body and place in it: Meta's redeliveries of the same body add nothing.
 */
@ApplicationScoped
public class MalformedMessages {
    private static final Logger LOG = Logger.getLogger(MalformedMessages.class);

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    /** What the archive entry shows for it. */
    public record Recorded(String position, String wamid, String type, String reason) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(RawWebhookStore.Archived raw, WebhookPayload.Malformed m) {
        int inserted = em.createNativeQuery("""
                        insert into malformed_message (raw_webhook_id, body_sha256, position, wamid, citizen_id, message_type, reason)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (body_sha256, position) do nothing""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, raw.id())
                .setParameter(2, RawWebhookStore.sha256(raw.body()))
                .setParameter(3, m.position())
                .setParameter(4, m.wamid(), String.class)
                .setParameter(5, m.citizenId(), String.class)
                .setParameter(6, m.type(), String.class)
                .setParameter(7, m.reason())
                .executeUpdate();
        if (inserted == 1) {
            metrics.counter("intake.messages.malformed").increment();
            LOG.warnf("webhook %d: %s not filed: %s", raw.id(), m.position(), m.reason());
        }
        return new Recorded(m.position(), m.wamid(), m.type(), m.reason());
    }
}
