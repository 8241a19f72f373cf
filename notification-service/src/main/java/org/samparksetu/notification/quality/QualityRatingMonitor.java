package org.samparksetu.notification.quality;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.notification.delivery.WhatsAppGateway;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the gauge {@code notification_whatsapp_quality_rating} at the business number's quality rating as the Graph
 * API reports it ({@link QualityRatingRule}), read every {@code notification.quality.poll-interval}; the alerts
 * WhatsAppQualityDropped / WhatsAppQualityLow read it. Polled rather than taken from Meta's
 * {@code phone_number_quality_update} webhook: webhooks reach intake, not this service, and a poll also says the rating
 * after a restart. A failed read keeps the last rating (Meta's rating does not change with our connection) and is
 * logged once until a read succeeds again.
 */
@ApplicationScoped
public class QualityRatingMonitor {
    private static final Logger LOG = Logger.getLogger(QualityRatingMonitor.class);

    @Inject
    WhatsAppGateway gateway;
    @Inject
    MeterRegistry metrics;

    private final AtomicInteger value = new AtomicInteger(QualityRatingRule.UNKNOWN);
    private final AtomicReference<String> lastRating = new AtomicReference<>();
    private volatile boolean failing;

    @PostConstruct
    void register() {
        Gauge.builder("notification.whatsapp.quality.rating", value, AtomicInteger::get)
                .description("The WhatsApp business number's quality rating: 3 GREEN, 2 YELLOW, 1 RED, 0 unknown")
                .register(metrics);
    }

    @Scheduled(every = "${notification.quality.poll-interval:5m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        refresh();
    }

    /** Reads the rating once and sets the gauge; returns the gauge's value. */
    public int refresh() {
        String rating;
        try {
            rating = gateway.qualityRating();
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("cannot read the WhatsApp number's quality rating (%s); the gauge keeps %d until a read succeeds",
                        e.getMessage(), value.get());
                failing = true;
            }
            return value.get();
        }
        failing = false;
        int now = QualityRatingRule.gaugeValue(rating);
        String before = lastRating.getAndSet(rating);
        value.set(now);
        if (before == null || !before.equals(rating)) {
            if (now == 1 || now == 2) {
                LOG.warnf("the WhatsApp number's quality rating is %s (was %s): see docs/OPERATIONS.md", rating, before);
            } else {
                LOG.infof("the WhatsApp number's quality rating is %s (was %s)", rating, before);
            }
        }
        return now;
    }

    /** The gauge's value now. */
    public int current() {
        return value.get();
    }
}
