package org.samparksetu.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.messaging.KitConfig;
import org.samparksetu.messaging.worker.WakeableWorker;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka in id order. One relay per database at a time (a transaction-scoped
 * advisory lock), so scaling a service out never reorders one complaint's events. A row is stamped
 * published only after Kafka acknowledged it; a crash in between publishes it again, which the
 * consumers' inbox absorbs.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works: each service has a database of its own. */
    private static final long RELAY_LOCK = 0x5A4D_5041_524BL;

    @Inject
    EntityManager em;
    @Inject
    KitConfig config;
    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile KafkaProducer<String, String> producer;
    private WakeableWorker worker;
    private Counter published;
    private Counter failures;
    private final AtomicLong pending = new AtomicLong();

    void start(@Observes StartupEvent ev) {
        producer = KafkaProducerFactory.create(bootstrapServers, application + "-outbox");
        published = metrics.counter("outbox.published", "service", application);
        failures = metrics.counter("outbox.publish.failures", "service", application);
        metrics.gauge("outbox.pending", List.of(io.micrometer.core.instrument.Tag.of("service", application)),
                pending, AtomicLong::doubleValue);
        worker = new WakeableWorker("outbox-relay", this::relayBatch, config.outbox().batchSize(),
                config.outbox().pollInterval(), e -> {
                    failures.increment();
                    LOG.warnf("outbox relay: %s; will retry", e.getMessage());
                });
        worker.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        if (worker != null) {
            worker.stop(java.time.Duration.ofSeconds(5));
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten ignored) {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Publishes one batch; returns how many rows it published. Public for tests and tools. */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            // Plain rows, not entities: the relay runs once per committed event at low rates, and loading,
            // dirty-checking and updating entities one by one was a fifth of a light service's CPU.
            @SuppressWarnings("unchecked")
            List<Object[]> batch = em.createNativeQuery("""
                            select id, topic, message_key, event_type, event_id, payload from outbox_event
                            where published_at is null order by id limit :limit""")
                    .setParameter("limit", config.outbox().batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            List<Long> ids = new ArrayList<>(batch.size());
            for (Object[] row : batch) {
                ids.add(((Number) row[0]).longValue());
                ProducerRecord<String, String> record = new ProducerRecord<>(config.topic((String) row[1]), (String) row[2], (String) row[5]);
                record.headers().add(new RecordHeader("ce_type", ((String) row[3]).getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("ce_id", row[4].toString().getBytes(StandardCharsets.UTF_8)));
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
            // By id, not "up to the last id": a row with a lower id may have committed after the select.
            em.createNativeQuery("update outbox_event set published_at = :now where id in (:ids)")
                    .setParameter("now", Instant.now()).setParameter("ids", ids).executeUpdate();
            published.increment(batch.size());
            return batch.size();
        });
    }

    /** Drops published rows past their retention; unpublished rows are never purged. */
    @io.quarkus.scheduler.Scheduled(every = "1h", delayed = "1m")
    void purge() {
        Instant cutoff = Instant.now().minus(config.outbox().retention());
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("delete from OutboxEvent where publishedAt is not null and publishedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
    }

    /** Counted on a schedule rather than at scrape time, so a metrics scrape never touches the database. */
    @io.quarkus.scheduler.Scheduled(every = "10s", delayed = "5s")
    void countPending() {
        pending.set(QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox_event where published_at is null")
                .getSingleResult()).longValue()));
    }
}
