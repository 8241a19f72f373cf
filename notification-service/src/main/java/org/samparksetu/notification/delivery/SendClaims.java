package org.samparksetu.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.notification.citizen.CustomerServiceWindowRule;
import org.samparksetu.notification.citizen.CustomerServiceWindows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which messages go now. Per recipient only the head of the queue (by order_at, priority, seq) is due, and the next
 * one only once it is SENT or FAILED, so one citizen reads their messages in order. A claimed message is leased to
 * its sender, and goes as free text or as its template as the citizen's window decides at this moment.
 */
@ApplicationScoped
public class SendClaims {
    private static final Logger LOG = Logger.getLogger(SendClaims.class);

    /** A claimed message: enough to send it and to log it without personal data. */
    record Claim(UUID id, String complaintId, String kind, String recipient, String body, int attempt) {
    }

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    OutgoingMessageRepository messages;
    @Inject
    DeliveryConfig config;
    @Inject
    MeterRegistry metrics;
    @Inject
    RateLimits limits;
    @Inject
    @Identifier(StatusConsumerReadiness.NAME)
    StatusConsumerReadiness readiness;
    @Inject
    CustomerServiceWindows windows;

    /** Claims the due heads of every recipient's queue, in a transaction of its own (skipping rows another sender holds). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                        select m.id from outgoing_message m
                        where ((m.state in ('PENDING', 'IN_DOUBT') and m.next_attempt_at <= ?1)
                               or (m.state = 'SENDING' and m.claimed_until < ?1))
                          and not exists (select 1 from outgoing_message e
                                          where e.state in ('PENDING', 'SENDING', 'IN_DOUBT') and e.recipient = m.recipient
                                            and (e.order_at, e.priority, e.seq) < (m.order_at, m.priority, m.seq))
                        order by m.order_at, m.priority, m.seq
                        limit ?2
                        for update of m skip locked""")
                .setParameter(1, now)
                .setParameter(2, config.batchSize())
                .getResultList();
        List<Claim> claims = new ArrayList<>(ids.size());
        for (Object id : ids) {
            OutgoingMessage m = messages.findById(id instanceof UUID u ? u : UUID.fromString(id.toString()));
            if (m.state == OutgoingMessage.State.SENDING) {
                // Its sender died between handing it to WhatsApp and recording the answer: it may have gone out.
                // Wait for a status webhook with our id (the consumers may still be catching up after a restart).
                m.state = OutgoingMessage.State.IN_DOUBT;
                m.inDoubtSince = m.claimedUntil.minus(config.claimLease());
                m.claimedUntil = null;
                m.nextAttemptAt = now.plus(config.reconcileWait());
                metrics.counter("notification.messages.in_doubt", "reason", "crash").increment();
                LOG.warnf("message %s for %s (%s): its sender stopped mid-send; waiting %s for a status webhook before sending again",
                        m.id, m.complaintId, m.kind, config.reconcileWait());
                continue;
            }
            if (m.state == OutgoingMessage.State.IN_DOUBT && !readiness.readingFor(config.reconcileWait(), now)) {
                // the statuses that would settle it may still be waiting for us in Kafka (e.g. just after a restart)
                m.nextAttemptAt = now.plus(config.pollInterval().multipliedBy(4));
                continue;
            }
            Duration wait = limits.tryRecipient(m.recipient);
            if (!wait.isZero()) {
                m.nextAttemptAt = now.plus(wait); // about 1 message per 6 s to one citizen: not an attempt
                continue;
            }
            if (m.state == OutgoingMessage.State.IN_DOUBT) {
                LOG.warnf("message %s for %s (%s): no status webhook within %s; sending again with the same id",
                        m.id, m.complaintId, m.kind, config.reconcileWait());
            }
            boolean template = CustomerServiceWindowRule.sendAsTemplate(m.templateBody != null, m.forceTemplate,
                    windows.isOpen(m.recipient, now));
            m.sentAs = template ? "TEMPLATE" : "FREE_FORM";
            m.state = OutgoingMessage.State.SENDING;
            m.claimedUntil = now.plus(config.claimLease());
            m.attempts++;
            claims.add(new Claim(m.id, m.complaintId, m.kind, m.recipient, template ? m.templateBody : m.body, m.attempts));
        }
        return claims;
    }
}
