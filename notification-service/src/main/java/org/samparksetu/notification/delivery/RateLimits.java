package org.samparksetu.notification.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Meta's limits, kept on our side so that a burst of thousands of status changes never trips them: one shared
 * bucket for the business number (80/s by default) and one small bucket per citizen (1 per 6 s, bursts allowed).
 * In memory: with several instances, give each its share of the business rate.
 */
@ApplicationScoped
public class RateLimits {
    private static final Logger LOG = Logger.getLogger(RateLimits.class);
    /** Meta's ceiling for a number's throughput. */
    static final int MAX_BUSINESS_RATE = 1000;

    @Inject
    ThroughputConfig config;

    private TokenBucket business;
    private final ConcurrentHashMap<String, TokenBucket> recipients = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        int rate = config.businessRate();
        if (rate < 1 || rate > MAX_BUSINESS_RATE) {
            int clamped = Math.max(1, Math.min(MAX_BUSINESS_RATE, rate));
            LOG.warnf("notification.throughput.business-rate=%d is outside 1..%d; using %d", rate, MAX_BUSINESS_RATE, clamped);
            rate = clamped;
        }
        business = new TokenBucket(rate, rate);
        LOG.infof("sending at most %d messages/s, and %d in a burst then 1 per %s to one citizen", rate,
                config.recipientBurst(), config.recipientInterval());
    }

    /** Waits (this is pacing, on a sender thread) until the business number may send one more message. */
    public void awaitBusinessToken() throws InterruptedException {
        long wait;
        while ((wait = business.tryTake()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(250)));
        }
    }

    /** Takes a token for this citizen; if there is none, how long until there will be (nothing taken). */
    public Duration tryRecipient(String recipient) {
        if (recipients.size() > 100_000) {
            recipients.values().removeIf(TokenBucket::idle);
        }
        TokenBucket b = recipients.computeIfAbsent(recipient, k -> new TokenBucket(Math.max(1, config.recipientBurst()),
                1.0 / Math.max(0.001, config.recipientInterval().toMillis() / 1000.0)));
        return Duration.ofNanos(b.tryTake());
    }

    /** 130429: the number sent too much; everything pauses. */
    public void pauseBusiness(Duration d) {
        business.pause(d.toNanos());
    }

    /** 131056: this pair sent too much; only this citizen waits. */
    public void pauseRecipient(String recipient, Duration d) {
        recipients.computeIfAbsent(recipient, k -> new TokenBucket(Math.max(1, config.recipientBurst()),
                1.0 / Math.max(0.001, config.recipientInterval().toMillis() / 1000.0))).pause(d.toNanos());
    }
}
