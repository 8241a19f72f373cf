package org.samparksetu.intake.media;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.temporal.ChronoUnit;

/**
 * The retry policy around one media download. Short on purpose (two attempts, each Graph call bounded by
 * {@code intake.media.request-timeout}): a webhook filer waits for it and the citizen's later webhooks queue behind
 * it; longer outages are the retry queue's job. A programmatic guard rather than {@code @Retry}: the kit's consumer
 * owns the retries of events, and this is the one retry intake keeps of its own, around an HTTP call.
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

    private Guard retry;

    @PostConstruct
    void init() {
        retry = Guard.create()
                .withDescription("media download")
                .withRetry()
                .maxRetries(1)
                .delay(200, ChronoUnit.MILLIS)
                .jitter(100, ChronoUnit.MILLIS)
                .retryOn(PassingFailure.class)
                .withExponentialBackoff().factor(2).maxDelay(2, ChronoUnit.SECONDS).done()
                .done()
                .build();
    }

    public StoredMedia download(String type, String mediaId, String declaredSha256) {
        return retry.get(() -> {
            metrics.counter("intake.media.attempts", "type", type).increment();
            return fetcher.attempt(type, mediaId, declaredSha256);
        }, StoredMedia.class);
    }
}
