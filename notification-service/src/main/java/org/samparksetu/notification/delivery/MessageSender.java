package org.samparksetu.notification.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.messaging.worker.WakeableWorker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends PENDING messages: woken after a commit that queued one, and sweeping every poll interval for retries and
 * anything missed. Each round claims the due messages ({@link SendClaims}, one transaction), sends them in parallel
 * outside any transaction, and records each answer ({@link SendOutcomes}, one transaction per message).
 */
@ApplicationScoped
public class MessageSender {
    private static final Logger LOG = Logger.getLogger(MessageSender.class);

    @Inject
    SendClaims claims;
    @Inject
    SendOutcomes outcomes;
    @Inject
    WhatsAppGateway gateway;
    @Inject
    RateLimits limits;
    @Inject
    DeliveryConfig config;

    private final AtomicInteger acceptedSends = new AtomicInteger();
    private WakeableWorker worker;
    private ExecutorService senders;

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
            worker.stop(Duration.ofSeconds(5));
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
        List<SendClaims.Claim> due = claims.claim();
        List<Future<?>> inFlight = new ArrayList<>(due.size());
        for (SendClaims.Claim c : due) {
            inFlight.add(senders.submit(() -> sendOne(c)));
        }
        for (Future<?> f : inFlight) {
            try {
                f.get();
            } catch (ExecutionException e) {
                LOG.warnf("sending failed unexpectedly: %s", e.getCause().toString());
            }
        }
        return due.size();
    }

    private void sendOne(SendClaims.Claim c) {
        SendResult result;
        try {
            limits.awaitBusinessToken();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcomes.record(c, new SendResult.NotAccepted(null, GraphErrorRule.Meaning.TRY_AGAIN_LATER, "interrupted before sending"));
            return;
        } catch (RuntimeException e) {
            // the shared rate limit could not be read (its database): nothing went out, so this is not in doubt
            outcomes.record(c, new SendResult.NotAccepted(null, GraphErrorRule.Meaning.TRY_AGAIN_LATER,
                    "rate limit unavailable: " + e.getMessage()));
            return;
        }
        try {
            result = gateway.send(c.body());
        } catch (RuntimeException e) {
            result = new SendResult.NotAccepted(null, GraphErrorRule.Meaning.NO_ANSWER, "unexpected: " + e);
        }
        if (result instanceof SendResult.Accepted && config.haltAfterAcceptedSends() > 0
                && acceptedSends.incrementAndGet() == config.haltAfterAcceptedSends()) {
            // TEST HOOK (crash test): die like kill -9 after WhatsApp accepted the message, before we record it
            LOG.errorf("TEST HOOK: halting after accepted send %d (message %s), before recording it", config.haltAfterAcceptedSends(), c.id());
            Runtime.getRuntime().halt(137);
        }
        outcomes.record(c, result);
    }
}
