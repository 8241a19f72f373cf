package org.samparksetu.intake.media;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import java.time.temporal.ChronoUnit;

/**
 * The retry policy around one media download (a bean of its own so that the fault-tolerance interceptor applies).
 * Short on purpose (two attempts, each Graph call bounded by {@code intake.media.request-timeout}): a webhook filer
 * waits for it and the citizen's later webhooks queue behind it; longer outages are the retry queue's job.
 */
@ApplicationScoped
public class MediaAttempts {

    /** A failure that may pass: Graph 5xx or 429, a timeout, a dropped connection. */
    public static class PassingFailure extends RuntimeException {
        public PassingFailure(String message) {
            super(message);
        }
    }

    @Inject
    MediaFetcher fetcher;
    @Inject
    MeterRegistry metrics;

    @Retry(maxRetries = 1, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 100, retryOn = PassingFailure.class)
    @ExponentialBackoff(factor = 2, maxDelay = 2, maxDelayUnit = ChronoUnit.SECONDS)
    public StoredMedia download(String type, String mediaId, String declaredSha256) {
        metrics.counter("intake.media.attempts", "type", type).increment();
        return fetcher.attempt(type, mediaId, declaredSha256);
    }
}
