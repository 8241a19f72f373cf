package org.samparksetu.messaging.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.messaging.outbox.KafkaProducerFactory;
import org.samparksetu.web.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dead letters an operator can act on: list them (with whether each was replayed), look at one, and put one (or all
 * of a type) back on the topic it failed on, once the cause is fixed. A replay is safe to repeat: the consumer's inbox
 * applies an event once, so an event that had been applied after all changes nothing; and a record replayed before is
 * answered with that replay instead of being sent again.
 */
@ApplicationScoped
public class DeadLetterService {
    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);

    @Inject
    DeadLetterTopic topic;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile KafkaProducer<String, String> producer;

    @Transactional
    public List<DeadLetter> list(String eventType) {
        Map<DeadLetterReplay.Place, DeadLetterReplay> replays = em.createQuery(
                        "select r from DeadLetterReplay r", DeadLetterReplay.class).getResultStream()
                .collect(Collectors.toMap(r -> r.place, Function.identity()));
        return topic.list().stream()
                .filter(d -> eventType == null || eventType.equals(d.eventType()))
                .map(d -> withReplay(d, replays.get(new DeadLetterReplay.Place(d.partition(), d.offset()))))
                .toList();
    }

    @Transactional
    public DeadLetter one(int partition, long offset) {
        DeadLetter d = topic.one(partition, offset).orElseThrow(() -> ApiException.notFound(
                "no dead letter at partition " + partition + ", offset " + offset + " of " + topic.topic()));
        return withReplay(d, em.find(DeadLetterReplay.class, new DeadLetterReplay.Place(partition, offset)));
    }

    /** Puts one record back on its topic (the broker has it before this returns); a record replayed before is not sent again. */
    @Transactional
    public DeadLetter replay(int partition, long offset, String by) {
        DeadLetter d = one(partition, offset);
        if (d.replayedAt() != null) {
            return d;
        }
        if (d.failedTopic() == null || d.failedTopic().isBlank()) {
            throw ApiException.conflict("dead letter at partition " + partition + ", offset " + offset
                    + " does not say which topic it failed on (no dead-letter-topic header); it cannot be replayed");
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(d.failedTopic(), d.key(), d.payload());
        record.headers().add("sampark-replayed-from",
                (topic.topic() + "/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("the replay was interrupted; nothing recorded, try again");
        } catch (ExecutionException | TimeoutException e) {
            throw ApiException.unavailable("the broker did not take the replay (" + e.getMessage() + "); try again");
        }
        // as the database keeps it, so the answer now and every later one say the same time
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        DeadLetterReplay row = new DeadLetterReplay();
        row.place = new DeadLetterReplay.Place(partition, offset);
        row.eventId = d.eventId();
        row.eventType = d.eventType();
        row.replayedTo = d.failedTopic();
        row.replayedBy = by;
        row.replayedAt = now;
        em.persist(row);
        metrics.counter("sampark.dead.letters.replayed").increment();
        LOG.infof("dead letter %s/%d/%d (%s %s) replayed to %s by %s", topic.topic(), partition, offset, d.eventType(),
                d.eventId(), d.failedTopic(), by);
        return d.replayed(now, by);
    }

    /** Replays every record of one event type not replayed yet; returns what was replayed. */
    public List<DeadLetter> replayAll(String eventType, String by) {
        return list(eventType).stream().filter(d -> d.replayedAt() == null)
                .map(d -> replay(d.partition(), d.offset(), by).withoutPayload()).toList();
    }

    private static DeadLetter withReplay(DeadLetter d, DeadLetterReplay r) {
        return r == null ? d : d.replayed(r.replayedAt, r.replayedBy);
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = KafkaProducerFactory.create(bootstrapServers, application + "-dead-letter-replay");
                }
            }
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
