package org.samparksetu.intake.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.complaint.ComplaintService;
import org.samparksetu.intake.reply.CitizenReplyService;
import org.samparksetu.messaging.logging.Mask;

import java.time.Instant;
import java.util.Optional;

/**
 * One inbound WhatsApp message, in its own transaction. The message id is claimed first with
 * {@code insert ... on conflict do nothing}: of any number of concurrent or later deliveries of the same wamid,
 * exactly one insert wins, and only the winner acts. A loser waits for the winner's transaction and then sees
 * the conflict; if the winner rolls back, the loser's insert goes through and it acts instead.
 */
@ApplicationScoped
public class InboundMessageService {
    private static final Logger LOG = Logger.getLogger(InboundMessageService.class);

    public enum Outcome { COMPLAINT, REPLY, IGNORED, DUPLICATE }

    public record Handled(Outcome outcome, String complaintId) {
    }

    @Inject
    EntityManager em;
    @Inject
    ComplaintService complaints;
    @Inject
    CitizenReplyService replies;
    @Inject
    MeterRegistry metrics;

    @Transactional
    public Handled handle(long rawWebhookId, WebhookPayload.Message m, Instant receivedAt) {
        String type = m.type() == null ? "unknown" : m.type();
        if (!claim(rawWebhookId, m, type)) {
            metrics.counter("intake.duplicates", "kind", "message").increment();
            LOG.debugf("message %s delivered again; already handled", m.wamid());
            return new Handled(Outcome.DUPLICATE, null);
        }
        Handled handled;
        if (ComplaintService.filesComplaint(type)) {
            handled = new Handled(Outcome.COMPLAINT, complaints.fileFromWhatsApp(m, receivedAt).complaintId);
        } else {
            Optional<CitizenReplyService.Tap> tap = CitizenReplyService.tap(m);
            Optional<String> about = tap.flatMap(t -> replies.onTap(m, t, receivedAt));
            if (about.isPresent()) {
                handled = new Handled(Outcome.REPLY, about.get());
            } else {
                if (tap.isEmpty()) {
                    LOG.infof("%s message from %s is not a complaint; recorded only", type, Mask.phone(m.citizenId()));
                }
                handled = new Handled(Outcome.IGNORED, null);
            }
        }
        em.createNativeQuery("update inbound_message set outcome = ?1, complaint_id = ?2 where wamid = ?3")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, handled.outcome().name())
                .setParameter(2, handled.complaintId(), String.class)
                .setParameter(3, m.wamid())
                .executeUpdate();
        return handled;
    }

    private boolean claim(long rawWebhookId, WebhookPayload.Message m, String type) {
        return em.createNativeQuery("""
                        insert into inbound_message (wamid, citizen_id, message_type, phone_number_id, raw_webhook_id, sent_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (wamid) do nothing""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, m.wamid())
                .setParameter(2, m.citizenId())
                .setParameter(3, type)
                .setParameter(4, m.phoneNumberId(), String.class)
                .setParameter(5, rawWebhookId)
                .setParameter(6, m.sentAt(), Instant.class)
                .executeUpdate() == 1;
    }
}
