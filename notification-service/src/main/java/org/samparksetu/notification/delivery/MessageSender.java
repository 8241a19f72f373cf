package org.samparksetu.notification.delivery;

import java.time.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.samparksetu.notification.citizen.CustomerServiceWindowRule;
import org.samparksetu.notification.citizen.CustomerServiceWindows;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.NotificationFailed;
import org.samparksetu.contract.events.NotificationSent;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.messaging.worker.WakeableWorker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends PENDING messages: woken after a commit that queued one, and sweeping every poll interval for
 * retries and anything missed. Per recipient only the head of the queue (by order_at, priority, seq)
 * is sent, and the next one only once it is SENT or FAILED, so one citizen reads their messages in
 * order. A message is claimed with a lease in one transaction, sent outside any transaction, and its
 * result (wamid + SENT, FAILED, or the next attempt) recorded with the notification event in another.
 */
@ApplicationScoped
public class MessageSender {
    @Inject
    Clock clock;
    private static final Logger LOG = Logger.getLogger(MessageSender.class);

    @Inject
    EntityManager em;
    @Inject
    OutgoingMessageRepository messages;
    @Inject
    Outbox outbox;
    @Inject
    WhatsAppGateway gateway;
    @Inject
    DeliveryConfig config;
    @Inject
    MeterRegistry metrics;

    static final int RE_ENGAGEMENT = 131047;
    static final int PAIR_RATE_LIMIT = 131056;
    static final int THROUGHPUT_LIMIT = 130429;

    @Inject
    RateLimits limits;
    @Inject
    @io.smallrye.common.annotation.Identifier(StatusConsumerReadiness.NAME)
    StatusConsumerReadiness readiness;
    @Inject
    CustomerServiceWindows windows;

    private final AtomicInteger acceptedSends = new AtomicInteger();
    private WakeableWorker worker;
    private ExecutorService senders;

    /** A claimed message: enough to send it and to log it without personal data. */
    record Claim(UUID id, String complaintId, String kind, String recipient, String body, int attempt) {
    }

    void start(@Observes StartupEvent ev) {
        senders = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), r -> {
            Thread t = new Thread(r, "message-send");
            t.setDaemon(true);
            return t;
        });
        worker = new WakeableWorker("message-sender", this::sendDue, config.batchSize(), config.pollInterval(),
                e -> LOG.warnf("message sender: %s; will retry", e.getMessage()));
        worker.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        if (worker != null) {
            worker.stop(java.time.Duration.ofSeconds(5));
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued ignored) {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Claims the due heads of every recipient's queue, sends them in parallel, records the results. */
    public int sendDue() throws InterruptedException {
        List<Claim> claims = claim();
        List<Future<?>> inFlight = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            inFlight.add(senders.submit(() -> sendOne(c)));
        }
        for (Future<?> f : inFlight) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf("sending failed unexpectedly: %s", e.getCause().toString());
            }
        }
        return claims.size();
    }

    List<Claim> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
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
        });
    }

    private void sendOne(Claim c) {
        SendResult result;
        try {
            limits.awaitBusinessToken();
            result = gateway.send(c.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = new SendResult.Retry(null, "interrupted before sending");
        } catch (RuntimeException e) {
            result = new SendResult.Unknown("unexpected: " + e);
        }
        if (result instanceof SendResult.Accepted && config.haltAfterAcceptedSends() > 0
                && acceptedSends.incrementAndGet() == config.haltAfterAcceptedSends()) {
            // TEST HOOK (crash test): die like kill -9 after WhatsApp accepted the message, before we record it
            LOG.errorf("TEST HOOK: halting after accepted send %d (message %s), before recording it", config.haltAfterAcceptedSends(), c.id());
            Runtime.getRuntime().halt(137);
        }
        SendResult r = result;
        QuarkusTransaction.requiringNew().run(() -> record(c, r));
    }

    void record(Claim c, SendResult result) {
        OutgoingMessage m = em.find(OutgoingMessage.class, c.id(), LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.state != OutgoingMessage.State.SENDING || m.attempts != c.attempt()) {
            // a status webhook already showed it was sent (or failed), or another sender took it over
            return;
        }
        Instant now = clock.instant();
        m.claimedUntil = null;
        if (result instanceof SendResult.Accepted a) {
            markSent(m, a.wamid(), now);
            LOG.infof("message %s for %s (%s) sent to %s as %s %s (attempt %d)", m.id, m.complaintId, m.kind,
                    Mask.phone(m.recipient), m.sentAs, a.wamid(), m.attempts);
        } else if (result instanceof SendResult.Failed f) {
            if (f.errorCode() != null && f.errorCode() == RE_ENGAGEMENT && fallBackToTemplate(m, f.reason())) {
                m.nextAttemptAt = now;
                return;
            }
            fail(m, f.errorCode(), f.reason(), now);
        } else if (result instanceof SendResult.Unknown u) {
            m.lastErrorCode = null;
            m.lastError = u.reason();
            if (m.attempts >= config.maxAttempts()) {
                fail(m, null, "gave up after " + m.attempts + " attempts: " + u.reason(), now);
                return;
            }
            m.state = OutgoingMessage.State.IN_DOUBT;
            m.inDoubtSince = now;
            m.nextAttemptAt = now.plus(config.reconcileWait());
            metrics.counter("notification.messages.in_doubt", "reason", "no-answer").increment();
            LOG.warnf("message %s for %s (%s): %s; it may have gone out, waiting %s for a status webhook", m.id,
                    m.complaintId, m.kind, u.reason(), config.reconcileWait());
        } else if (result instanceof SendResult.Retry r) {
            m.lastErrorCode = r.errorCode();
            m.lastError = r.reason();
            if (m.attempts >= config.maxAttempts()) {
                fail(m, r.errorCode(), "gave up after " + m.attempts + " attempts: " + r.reason(), now);
                return;
            }
            Duration wait;
            if (r.errorCode() != null && r.errorCode() == PAIR_RATE_LIMIT) {
                // Meta: retry the same recipient after 4^X seconds; everyone else at once
                m.pairLimitHits++;
                wait = pairBackoff(m.pairLimitHits);
                limits.pauseRecipient(m.recipient, wait);
            } else if (r.errorCode() != null && r.errorCode() == THROUGHPUT_LIMIT) {
                limits.pauseBusiness(config.throughputPause());
                wait = backoff(m.attempts);
            } else {
                wait = backoff(m.attempts);
            }
            m.state = OutgoingMessage.State.PENDING;
            m.nextAttemptAt = now.plus(wait);
            metrics.counter("notification.messages.retried", "kind", m.kind, "code", String.valueOf(r.errorCode())).increment();
            LOG.infof("message %s for %s (%s) not sent (%s); attempt %d again in %d ms", m.id, m.complaintId, m.kind,
                    r.reason(), m.attempts + 1, wait.toMillis());
        }
    }

    /** WhatsApp refused free-form (window closed, or its known issue inside the window): the template goes next. */
    boolean fallBackToTemplate(OutgoingMessage m, String reason) {
        if (!"FREE_FORM".equals(m.sentAs) || m.templateBody == null || m.forceTemplate) {
            return false;
        }
        m.forceTemplate = true;
        m.state = OutgoingMessage.State.PENDING;
        m.lastErrorCode = RE_ENGAGEMENT;
        m.lastError = reason;
        metrics.counter("notification.messages.template_fallback", "kind", m.kind).increment();
        LOG.infof("message %s for %s (%s): free-form refused (131047); sending the approved template instead", m.id,
                m.complaintId, m.kind);
        return true;
    }

    /** Records a message as sent (by our own call's answer, or by a status webhook after a crash or timeout). */
    void markSent(OutgoingMessage m, String wamid, Instant at) {
        m.state = OutgoingMessage.State.SENT;
        m.wamid = wamid;
        m.sentAt = at;
        m.claimedUntil = null;
        m.pairLimitHits = 0;
        outbox.emit(EventType.NOTIFICATION_SENT, m.complaintId, new NotificationSent(
                m.complaintId, m.causeEventId.toString(), wamid, m.kind, at));
        metrics.counter("notification.messages.sent", "kind", m.kind).increment();
    }

    void fail(OutgoingMessage m, Integer code, String reason, Instant now) {
        m.state = OutgoingMessage.State.FAILED;
        m.failedAt = now;
        m.claimedUntil = null;
        m.lastErrorCode = code;
        m.lastError = reason;
        outbox.emit(EventType.NOTIFICATION_FAILED, m.complaintId, new NotificationFailed(
                m.complaintId, m.causeEventId.toString(), code, reason, now));
        metrics.counter("notification.messages.failed", "kind", m.kind).increment();
        LOG.warnf("message %s for %s (%s) to %s failed: %s", m.id, m.complaintId, m.kind, Mask.phone(m.recipient), reason);
    }

    /** 131056: pairRateLimitBase × 4^X, X = 131056 answers in a row for this message (Meta: 4^X seconds). */
    Duration pairBackoff(int hits) {
        double millis = config.pairRateLimitBase().toMillis() * Math.pow(4, Math.max(1, hits));
        return Duration.ofMillis((long) Math.min(millis, config.retryMax().toMillis()));
    }

    /** retryBase × 4^(attempt−1), capped at retryMax, ±10% jitter so that many retries do not fire together. */
    Duration backoff(int attempt) {
        double millis = config.retryBase().toMillis() * Math.pow(4, Math.max(0, attempt - 1));
        millis = Math.min(millis, config.retryMax().toMillis());
        millis *= 0.9 + 0.2 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) millis);
    }
}
