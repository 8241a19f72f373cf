package org.samparksetu.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.messaging.ratelimit.RateLimitRule;
import org.samparksetu.messaging.ratelimit.SharedRateLimiter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Meta's limits, kept on our side so that a burst of thousands of status changes never trips them: the business
 * number's rate (80/s by default, evenly spaced) and one small bucket per citizen (1 per 6 s, bursts allowed). Both
 * live in the service's database ({@link SharedRateLimiter}), so they hold in total however many instances send.
 */
@ApplicationScoped
public class RateLimits {
    private static final Logger LOG = Logger.getLogger(RateLimits.class);
    /** Meta's ceiling for a number's throughput. */
    static final int MAX_BUSINESS_RATE = 1000;
    /** A recipient id longer than this is keyed by its hash (the limiter's keys are short). */
    private static final int MAX_RECIPIENT_IN_KEY = 150;

    private final SharedRateLimiter limiter;
    private final RateLimitRule.Limit business;
    private final RateLimitRule.Limit recipient;
    private final String businessKey;

    @Inject
    RateLimits(SharedRateLimiter limiter, ThroughputConfig config, WhatsAppConfig whatsapp) {
        this(limiter, config.businessRate(), config.recipientInterval(), config.recipientBurst(), whatsapp.phoneNumberId());
        LOG.infof("sending at most %d messages/s in total over all instances, and %d in a burst then 1 per %s to one citizen",
                business.intervalMicros() > 0 ? Math.round(1e6 / business.intervalMicros()) : 0, config.recipientBurst(),
                config.recipientInterval());
    }

    /** The limits of one business number; tests make two of these over two connection pools, as two instances. */
    RateLimits(SharedRateLimiter limiter, int businessRate, Duration recipientInterval, int recipientBurst, String phoneNumberId) {
        this.limiter = limiter;
        int rate = businessRate;
        if (rate < 1 || rate > MAX_BUSINESS_RATE) {
            int clamped = Math.max(1, Math.min(MAX_BUSINESS_RATE, rate));
            LOG.warnf("notification.throughput.business-rate=%d is outside 1..%d; using %d", rate, MAX_BUSINESS_RATE, clamped);
            rate = clamped;
        }
        this.business = RateLimitRule.Limit.perSecond(rate);
        Duration interval = recipientInterval.toMillis() < 1 ? Duration.ofMillis(1) : recipientInterval;
        this.recipient = RateLimitRule.Limit.oneEvery(interval, Math.max(1, recipientBurst));
        this.businessKey = "whatsapp.business:" + phoneNumberId;
    }

    /**
     * Waits (this is pacing, on a sender thread, outside any transaction) for the business number's next turn: one
     * statement takes the turn, however many senders queue, and the sender sleeps until it.
     * @return the turn, in µs since the epoch on the database's clock
     */
    public long awaitBusinessToken() throws InterruptedException {
        SharedRateLimiter.Take turn = limiter.reserve(businessKey, business);
        if (turn.waitMicros() > 0) {
            TimeUnit.MICROSECONDS.sleep(turn.waitMicros());
        }
        return turn.turnMicros();
    }

    /** Takes a token for this citizen; if there is none, how long until there will be (nothing taken). */
    public Duration tryRecipient(String recipientId) {
        SharedRateLimiter.Take take = limiter.tryTake(recipientKey(recipientId), recipient);
        return take.granted() ? Duration.ZERO : take.waitDuration();
    }

    /** 130429: the number sent too much; everything pauses, on every instance. */
    public void pauseBusiness(Duration d) {
        limiter.pause(businessKey, business, d);
    }

    /** 131056: this pair sent too much; only this citizen waits. */
    public void pauseRecipient(String recipientId, Duration d) {
        limiter.pause(recipientKey(recipientId), recipient, d);
    }

    static String recipientKey(String recipientId) {
        String id = recipientId == null ? "" : recipientId;
        return "whatsapp.recipient:" + (id.length() <= MAX_RECIPIENT_IN_KEY ? id : sha256(id));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
