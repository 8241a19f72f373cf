package org.samparksetu.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.NotificationFailed;
import org.samparksetu.contract.events.NotificationSent;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends PENDING messages: woken after a commit that queued one, and sweeping every poll interval for
 * retries and anything missed. Per recipient only the head of the queue (by order_at, priority, seq)
 * is sent, and the next one only once it is SENT or FAILED, so one citizen reads their messages in
 * order. A message is claimed with a lease in one transaction, sent outside any transaction, and its
 * result (wamid + SENT, FAILED, or the next attempt) recorded with the notification event in another.
 */
@ApplicationScoped
public class MessageSender {
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

    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;
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
        running.set(true);
        thread = new Thread(this::loop, "message-sender");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        running.set(false);
        wake.release();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued ignored) {
        wake.release();
    }

    private void loop() {
        while (running.get()) {
            try {
                int sent = sendDue();
                if (sent >= config.batchSize()) {
                    continue; // more waiting: do not sleep
                }
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("message sender: %s; will retry", e.getMessage());
                sleepQuietly(config.pollInterval().toMillis());
            }
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
            Instant now = Instant.now();
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("""
                            select m.id from outgoing_message m
                            where m.state = 'PENDING'
                              and m.next_attempt_at <= ?1
                              and (m.claimed_until is null or m.claimed_until < ?1)
                              and not exists (select 1 from outgoing_message e
                                              where e.state = 'PENDING' and e.recipient = m.recipient
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
                m.claimedUntil = now.plus(config.claimLease());
                m.attempts++;
                claims.add(new Claim(m.id, m.complaintId, m.kind, m.recipient, m.body, m.attempts));
            }
            return claims;
        });
    }

    private void sendOne(Claim c) {
        SendResult result;
        try {
            result = gateway.send(c.body());
        } catch (RuntimeException e) {
            result = new SendResult.Retry(null, "unexpected: " + e);
        }
        SendResult r = result;
        QuarkusTransaction.requiringNew().run(() -> record(c, r));
    }

    void record(Claim c, SendResult result) {
        OutgoingMessage m = messages.findById(c.id());
        if (m == null || m.state != OutgoingMessage.State.PENDING) {
            return;
        }
        Instant now = Instant.now();
        m.claimedUntil = null;
        if (result instanceof SendResult.Accepted a) {
            m.state = OutgoingMessage.State.SENT;
            m.wamid = a.wamid();
            m.sentAt = now;
            outbox.emit(EventType.NOTIFICATION_SENT, m.complaintId, new NotificationSent(
                    m.complaintId, m.causeEventId.toString(), a.wamid(), m.kind, now));
            metrics.counter("notification.messages.sent", "kind", m.kind).increment();
            LOG.infof("message %s for %s (%s) sent to %s as %s (attempt %d)", m.id, m.complaintId, m.kind,
                    Mask.phone(m.recipient), a.wamid(), m.attempts);
        } else if (result instanceof SendResult.Failed f) {
            fail(m, f.errorCode(), f.reason(), now);
        } else if (result instanceof SendResult.Retry r) {
            m.lastErrorCode = r.errorCode();
            m.lastError = r.reason();
            if (m.attempts >= config.maxAttempts()) {
                fail(m, r.errorCode(), "gave up after " + m.attempts + " attempts: " + r.reason(), now);
                return;
            }
            Duration wait = backoff(m.attempts);
            m.nextAttemptAt = now.plus(wait);
            metrics.counter("notification.messages.retried", "kind", m.kind).increment();
            LOG.infof("message %s for %s (%s) not sent (%s); attempt %d again in %d ms", m.id, m.complaintId, m.kind,
                    r.reason(), m.attempts + 1, wait.toMillis());
        }
    }

    private void fail(OutgoingMessage m, Integer code, String reason, Instant now) {
        m.state = OutgoingMessage.State.FAILED;
        m.failedAt = now;
        m.lastErrorCode = code;
        m.lastError = reason;
        outbox.emit(EventType.NOTIFICATION_FAILED, m.complaintId, new NotificationFailed(
                m.complaintId, m.causeEventId.toString(), code, reason, now));
        metrics.counter("notification.messages.failed", "kind", m.kind).increment();
        LOG.warnf("message %s for %s (%s) to %s failed: %s", m.id, m.complaintId, m.kind, Mask.phone(m.recipient), reason);
    }

    /** retryBase × 4^(attempt−1), capped at retryMax, ±10% jitter so that many retries do not fire together. */
    Duration backoff(int attempt) {
        double millis = config.retryBase().toMillis() * Math.pow(4, Math.max(0, attempt - 1));
        millis = Math.min(millis, config.retryMax().toMillis());
        millis *= 0.9 + 0.2 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) millis);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
