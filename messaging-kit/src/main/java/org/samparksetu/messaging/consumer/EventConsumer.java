package org.samparksetu.messaging.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.inbox.Inbox;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * What every Kafka listener does with a record, in one place: decode it, skip it if this consumer has handled it
 * before, run the handler in one transaction with the inbox row, and retry a failed attempt in a fresh transaction
 * with a short back-off. A record that cannot be decoded is not retried. When the attempts run out the exception
 * reaches the channel, whose failure strategy (dead-letter topic) takes the record aside.
 *
 * <p>A listener stays one line: {@code consumer.consume(CONSUMER, payload, ComplaintWithdrawn.class, service::withdraw)}.
 */
@ApplicationScoped
public class EventConsumer {

    @Inject
    Inbox inbox;
    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "sampark.consumer.retries", defaultValue = "3")
    int retries;
    @ConfigProperty(name = "sampark.consumer.retry-delay", defaultValue = "PT0.2S")
    Duration retryDelay;

    private Delivery delivery;
    private Guard guard;

    @PostConstruct
    void init() {
        delivery = new Delivery(work -> QuarkusTransaction.requiringNew().run(work), inbox::firstDelivery);
        guard = Guard.create()
                .withDescription("event consumer")
                .withRetry()
                .maxRetries(retries)
                .delay(retryDelay.toMillis(), ChronoUnit.MILLIS)
                .jitter(retryDelay.toMillis() / 2, ChronoUnit.MILLIS)
                .abortOn(MalformedEventException.class)
                .done()
                .build();
    }

    /** Hands the event in {@code payload} to {@code handler} once, for the consumer named {@code consumer}. */
    public <T> void consume(String consumer, String payload, Class<T> type, Consumer<EventEnvelope<T>> handler) {
        record(consumer, guard.get(() -> delivery.deliver(consumer, payload, type, handler), Delivery.Outcome.class));
    }

    /** The same for a consumer of several event types, which reads each envelope's type itself. */
    public void consumeAny(String consumer, String payload, Consumer<EventEnvelope<?>> handler) {
        record(consumer, guard.get(() -> delivery.deliverAny(consumer, payload, handler), Delivery.Outcome.class));
    }

    /**
     * For a record that is not one of our events (a department system's plain JSON, which carries its own id to
     * de-duplicate by): the same retry and poison handling, without decoding or the inbox. The handler decodes,
     * throws {@link MalformedEventException} for what can never be taken, and owns its transaction.
     */
    public void consumeForeign(String consumer, Runnable handler) {
        guard.get(() -> {
            handler.run();
            return Delivery.Outcome.HANDLED;
        }, Delivery.Outcome.class);
        record(consumer, Delivery.Outcome.HANDLED);
    }

    private void record(String consumer, Delivery.Outcome outcome) {
        metrics.counter("sampark.consumer.events", "consumer", consumer, "outcome", outcome.name().toLowerCase())
                .increment();
    }
}
