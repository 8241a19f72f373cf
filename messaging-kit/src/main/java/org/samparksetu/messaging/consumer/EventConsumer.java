package org.samparksetu.messaging.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.inbox.Inbox;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every Kafka listener does with a record, in one place: decode it, skip it if this consumer has handled it
 * before, run the handler in one transaction with the inbox row, and try a failed attempt again in a fresh
 * transaction ({@link Attempts}). A transient fault (the database or the broker away: {@link TransientFaultRule}) is
 * waited out with a capped back-off for as long as it lasts, holding this listener's worker and so its partition
 * ({@code sampark.consumer.transient.waits}); a record that cannot be decoded, or still fails after
 * {@code sampark.consumer.retries}, is poison: the exception reaches the channel, whose failure strategy (the
 * dead-letter topic, with the reason in its headers) takes the record aside ({@code sampark.consumer.dead.lettered}).
 *
 * <p>A listener stays one line: {@code consumer.consume(CONSUMER, payload, ComplaintWithdrawn.class, service::withdraw)}.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    Inbox inbox;
    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "sampark.consumer.retries", defaultValue = "3")
    int retries;
    @ConfigProperty(name = "sampark.consumer.retry-delay", defaultValue = "PT0.2S")
    Duration retryDelay;
    /** The first wait after a transient fault; it doubles up to {@code transient-backoff-max}. */
    @ConfigProperty(name = "sampark.consumer.transient-backoff", defaultValue = "PT0.2S")
    Duration transientBackoff;
    @ConfigProperty(name = "sampark.consumer.transient-backoff-max", defaultValue = "PT10S")
    Duration transientBackoffMax;

    private Delivery delivery;
    private Attempts attempts;

    @PostConstruct
    void init() {
        delivery = new Delivery(work -> QuarkusTransaction.requiringNew().run(work), inbox::firstDelivery);
        attempts = new Attempts(retries, retryDelay, transientBackoff, transientBackoffMax,
                d -> Thread.sleep(d.toMillis()));
    }

    /** Hands the event in {@code payload} to {@code handler} once, for the consumer named {@code consumer}. */
    public <T> void consume(String consumer, String payload, Class<T> type, Consumer<EventEnvelope<T>> handler) {
        record(consumer, attempt(consumer, () -> delivery.deliver(consumer, payload, type, handler)));
    }

    /** The same for a consumer of several event types, which reads each envelope's type itself. */
    public void consumeAny(String consumer, String payload, Consumer<EventEnvelope<?>> handler) {
        record(consumer, attempt(consumer, () -> delivery.deliverAny(consumer, payload, handler)));
    }

    /**
     * For a record that is not one of our events (a department system's plain JSON, which carries its own id to
     * de-duplicate by): the same waiting, retries and poison handling, without decoding or the inbox. The handler
     * decodes, throws {@link MalformedEventException} for what can never be taken, and owns its transaction.
     */
    public void consumeForeign(String consumer, Runnable handler) {
        record(consumer, attempt(consumer, () -> {
            handler.run();
            return Delivery.Outcome.HANDLED;
        }));
    }

    private Delivery.Outcome attempt(String consumer, Supplier<Delivery.Outcome> once) {
        return attempts.run(once, new Attempts.Report() {
            @Override
            public void transientWait(Throwable fault, Duration wait, int waits) {
                metrics.counter("sampark.consumer.transient.waits", "consumer", consumer).increment();
                if (Integer.bitCount(waits) == 1) { // 1st, 2nd, 4th, 8th… wait: the outage is visible, the log is not flooded
                    LOG.warnf("consumer %s: %s; waiting %d ms and trying the same record again (wait %d)", consumer,
                            summary(fault), wait.toMillis(), waits);
                }
            }

            @Override
            public void givenUp(String reason, RuntimeException failure) {
                metrics.counter("sampark.consumer.dead.lettered", "consumer", consumer, "reason", reason).increment();
                LOG.warnf("consumer %s: record goes to the dead-letter topic (%s): %s", consumer, reason, summary(failure));
            }
        });
    }

    private static String summary(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? t.toString() : t.getClass().getSimpleName() + " caused by " + root;
    }

    private void record(String consumer, Delivery.Outcome outcome) {
        metrics.counter("sampark.consumer.events", "consumer", consumer, "outcome", outcome.name().toLowerCase())
                .increment();
    }
}
