package org.samparksetu.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the sender works, under {@code notification.delivery.*}. */
@ConfigMapping(prefix = "notification.delivery")
public interface DeliveryConfig {

    /** How often the sender sweeps for due messages when nothing woke it sooner. */
    @WithDefault("500ms")
    Duration pollInterval();

    /**
     * How long a new message waits before it may be sent. Events of one complaint come on several topics
     * and can be consumed out of order; waiting a moment lets the earlier ones arrive, so one citizen's
     * messages go out in event order.
     */
    @WithDefault("1s")
    Duration settleDelay();

    @WithDefault("50")
    int batchSize();

    /** Sends in flight at once (each to a different recipient). */
    @WithDefault("4")
    int concurrency();

    /** A claimed message belongs to its sender this long; after a crash another sender takes it over. */
    @WithDefault("2m")
    Duration claimLease();

    /** First retry delay; each further attempt waits 4 times longer (WhatsApp's 4^X advice), up to retryMax. */
    @WithDefault("2s")
    Duration retryBase();

    @WithDefault("10m")
    Duration retryMax();

    /** After this many attempts a retryable error becomes a failure. */
    @WithDefault("10")
    int maxAttempts();

    /**
     * How long a message whose send outcome is unknown (the sender crashed after handing it to WhatsApp, or the
     * call timed out) waits for a status webhook carrying its id before it is sent again. Meta's "sent" status
     * normally follows within seconds; a longer wait trades delay for a smaller chance of a duplicate.
     */
    @WithDefault("2m")
    Duration reconcileWait();

    /** 131056 (pair rate limit): the same recipient is tried again after base × 4^X (X = hits in a row); Meta: 4^X s. */
    @WithDefault("1s")
    Duration pairRateLimitBase();

    /** 130429 (number throughput exceeded): every send pauses this long. */
    @WithDefault("2s")
    Duration throughputPause();

    /** A complaint with this many failed messages is put on the operator's call list. */
    @WithDefault("2")
    int operatorListFailures();

    /**
     * TEST HOOK for the crash test, never set in production: halt the JVM (like kill -9: no shutdown hooks, no
     * commit) right after the n-th send the Graph API accepted, before its result is recorded. 0 = off.
     */
    @WithDefault("0")
    int haltAfterAcceptedSends();
}
