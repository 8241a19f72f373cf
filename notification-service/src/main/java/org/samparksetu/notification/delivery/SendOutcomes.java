package org.samparksetu.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.NotificationFailed;
import org.samparksetu.contract.events.NotificationSent;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What became of a message, recorded with the event that announces it: sent (by our call's answer, or by a status
 * webhook after a crash or timeout), failed, tried again later, sent as its template next, or left in doubt until a
 * status webhook settles it. {@link GraphErrorRule} decides which; this class writes it down.
 */
@ApplicationScoped
public class SendOutcomes {
    private static final Logger LOG = Logger.getLogger(SendOutcomes.class);

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    DeliveryConfig config;
    @Inject
    RateLimits limits;
    @Inject
    MeterRegistry metrics;

    /** Records the answer to one claimed send, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SendClaims.Claim c, SendResult result) {
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
            return;
        }
        SendResult.NotAccepted n = (SendResult.NotAccepted) result;
        m.lastErrorCode = n.errorCode();
        m.lastError = n.reason();
        switch (GraphErrorRule.next(n.meaning(), m.attempts, config.maxAttempts(), templateLeft(m))) {
            case SEND_TEMPLATE -> {
                fallBackToTemplate(m, n.reason());
                m.nextAttemptAt = now;
            }
            case FAIL -> fail(m, n.errorCode(), n.reason(), now);
            case GIVE_UP -> fail(m, n.errorCode(), "gave up after " + m.attempts + " attempts: " + n.reason(), now);
            case AWAIT_STATUS -> {
                m.state = OutgoingMessage.State.IN_DOUBT;
                m.inDoubtSince = now;
                m.nextAttemptAt = now.plus(config.reconcileWait());
                metrics.counter("notification.messages.in_doubt", "reason", "no-answer").increment();
                LOG.warnf("message %s for %s (%s): %s; it may have gone out, waiting %s for a status webhook", m.id,
                        m.complaintId, m.kind, n.reason(), config.reconcileWait());
            }
            case PAUSE_CITIZEN_AND_RETRY -> {
                m.pairLimitHits++;
                Duration wait = GraphErrorRule.citizenPause(m.pairLimitHits, config.pairRateLimitBase(), config.retryMax());
                limits.pauseRecipient(m.recipient, wait);
                retryLater(m, n, wait, now);
            }
            case PAUSE_NUMBER_AND_RETRY -> {
                limits.pauseBusiness(config.throughputPause());
                retryLater(m, n, retryWait(m.attempts), now);
            }
            case RETRY -> retryLater(m, n, retryWait(m.attempts), now);
        }
    }

    /**
     * WhatsApp refused the free text (window closed, or its known issue inside the window): the template goes next.
     * False when there is no template left to try.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean fallBackToTemplate(OutgoingMessage m, String reason) {
        if (!templateLeft(m)) {
            return false;
        }
        m.forceTemplate = true;
        m.state = OutgoingMessage.State.PENDING;
        m.lastErrorCode = GraphErrorRule.RE_ENGAGEMENT;
        m.lastError = reason;
        metrics.counter("notification.messages.template_fallback", "kind", m.kind).increment();
        LOG.infof("message %s for %s (%s): free-form refused (131047); sending the approved template instead", m.id,
                m.complaintId, m.kind);
        return true;
    }

    /** Records a message as sent (by our own call's answer, or by a status webhook after a crash or timeout). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(OutgoingMessage m, String wamid, Instant at) {
        m.state = OutgoingMessage.State.SENT;
        m.wamid = wamid;
        m.sentAt = at;
        m.claimedUntil = null;
        m.pairLimitHits = 0;
        outbox.emit(EventType.NOTIFICATION_SENT, m.complaintId, new NotificationSent(
                m.complaintId, m.causeEventId.toString(), wamid, m.kind, at));
        metrics.counter("notification.messages.sent", "kind", m.kind).increment();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fail(OutgoingMessage m, Integer code, String reason, Instant now) {
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

    private void retryLater(OutgoingMessage m, SendResult.NotAccepted n, Duration wait, Instant now) {
        m.state = OutgoingMessage.State.PENDING;
        m.nextAttemptAt = now.plus(wait);
        metrics.counter("notification.messages.retried", "kind", m.kind, "code", String.valueOf(n.errorCode())).increment();
        LOG.infof("message %s for %s (%s) not sent (%s); attempt %d again in %d ms", m.id, m.complaintId, m.kind,
                n.reason(), m.attempts + 1, wait.toMillis());
    }

    private Duration retryWait(int attempt) {
        return GraphErrorRule.retryWait(attempt, config.retryBase(), config.retryMax(), ThreadLocalRandom.current().nextDouble());
    }

    /** It went as free text and has an approved template that was not tried yet. */
    private static boolean templateLeft(OutgoingMessage m) {
        return "FREE_FORM".equals(m.sentAs) && m.templateBody != null && !m.forceTemplate;
    }
}
