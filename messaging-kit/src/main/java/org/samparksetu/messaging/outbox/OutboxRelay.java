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
import org.samparksetu.messaging.schedule.RoundClaim;
import org.samparksetu.messaging.worker.WakeableWorker;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka in id order. One relay per database at a time (a transaction-scoped
 * advisory lock), so scaling a service out never reorders one complaint's events. A row is stamped
 * published only after Kafka acknowledged it; a crash in between publishes it again, which the
 * consumers' inbox absorbs. A row the broker refuses for good is set aside ({@code set_aside_at}, counted in
 * {@code sampark.outbox.set.aside}) rather than retried in front of everything behind it.
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
    @Inject
    RoundClaim rounds;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile KafkaProducer<String, String> producer;
    private WakeableWorker worker;
    private Counter published;
    private Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong setAsideCount = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    void start(@Observes StartupEvent ev) {
        producer = KafkaProducerFactory.create(bootstrapServers, application + "-outbox");
        published = metrics.counter("outbox.published", "service", application);
        failures = metrics.counter("outbox.publish.failures", "service", application);
        metrics.gauge("outbox.pending", List.of(io.micrometer.core.instrument.Tag.of("service", application)),
                pending, AtomicLong::doubleValue);
        // the names alert rules are written on (sampark_outbox_backlog and so on in Prometheus)
        metrics.gauge("sampark.outbox.backlog", pending, AtomicLong::doubleValue);
        metrics.gauge("sampark.outbox.set.aside", setAsideCount, AtomicLong::doubleValue);
        metrics.gauge("sampark.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::doubleValue);
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

    /**
     * Publishes one batch; returns how many rows it published. A row the broker refuses for good (see
     * {@link PublishFailureRule}) is set aside in the same round, so it never holds up the rows behind it; a
     * failure of the connection stamps what was acknowledged before it and fails the round, which the worker retries
     * after its pause. Public for tests and tools.
     */
    public int relayBatch() {
        Round round = QuarkusTransaction.requiringNew().call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return Round.NOTHING;
            }
            // Plain rows, not entities: the relay runs once per committed event at low rates, and loading,
            // dirty-checking and updating entities one by one was a fifth of a light service's CPU.
            @SuppressWarnings("unchecked")
            List<Object[]> batch = em.createNativeQuery("""
                            select id, topic, message_key, event_type, event_id, payload from outbox_event
                            where published_at is null and set_aside_at is null order by id limit :limit""")
                    .setParameter("limit", config.outbox().batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return Round.NOTHING;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            List<Long> ids = new ArrayList<>(batch.size());
            for (Object[] row : batch) {
                ids.add(((Number) row[0]).longValue());
                ProducerRecord<String, String> record = new ProducerRecord<>(config.topic((String) row[1]), (String) row[2], (String) row[5]);
                record.headers().add(new RecordHeader("ce_type", ((String) row[3]).getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("ce_id", row[4].toString().getBytes(StandardCharsets.UTF_8)));
                // a record the producer refuses before sending (too large) comes back as a failed future, not a throw
                acks.add(producer.send(record));
            }
            producer.flush();
            List<Long> sent = new ArrayList<>(batch.size());
            Exception connection = null;
            int setAside = 0;
            for (int i = 0; i < acks.size() && connection == null; i++) {
                try {
                    acks.get(i).get(30, TimeUnit.SECONDS);
                    sent.add(ids.get(i));
                } catch (ExecutionException e) {
                    if (PublishFailureRule.of(e) == PublishFailureRule.Verdict.SET_ASIDE) {
                        setAside(ids.get(i), (String) batch.get(i)[3], PublishFailureRule.reason(e));
                        setAside++;
                    } else {
                        connection = e;
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    connection = e;
                }
            }
            // By id, not "up to the last id": a row with a lower id may have committed after the select.
            if (!sent.isEmpty()) {
                em.createNativeQuery("update outbox_event set published_at = :now where id in (:ids)")
                        .setParameter("now", Instant.now()).setParameter("ids", sent).executeUpdate();
                published.increment(sent.size());
            }
            return new Round(sent.size() + setAside, connection);
        });
        if (round.failure() != null) {
            // the rows after the failure stay unpublished, in order; the worker pauses and tries them again
            throw new IllegalStateException("publishing failed: " + PublishFailureRule.reason(round.failure()), round.failure());
        }
        return round.handled();
    }

    private void setAside(long id, String eventType, String reason) {
        em.createNativeQuery("update outbox_event set set_aside_at = :now, set_aside_reason = :reason where id = :id")
                .setParameter("now", Instant.now()).setParameter("reason", reason).setParameter("id", id).executeUpdate();
        setAsideCount.incrementAndGet();
        LOG.errorf("outbox row %d (%s) set aside, the broker refuses it: %s; the rows behind it go on. Replay it by "
                + "clearing set_aside_at once the cause is fixed", id, eventType, reason);
    }

    /** What one round did: rows handled (published or set aside), and the connection failure that ended it early. */
    private record Round(int handled, Exception failure) {
        static final Round NOTHING = new Round(0, null);
    }

    private static final String PURGE_EVERY = "1h";

    /**
     * Drops published rows past their retention; unpublished rows are never purged. One instance per round: the
     * delete is the same on each, and a second one at once only waits for the first's rows.
     */
    @io.quarkus.scheduler.Scheduled(every = PURGE_EVERY, delayed = "1m")
    void purge() {
        if (!rounds.claim("outbox-purge", PURGE_EVERY)) {
            return;
        }
        Instant cutoff = Instant.now().minus(config.outbox().retention());
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("delete from OutboxEvent where publishedAt is not null and publishedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
    }

    /**
     * Counted on a schedule rather than at scrape time, so a metrics scrape never touches the database. The backlog
     * is what the relay still has to publish; set-aside rows are counted apart (they wait for a person, not for the
     * relay), and the age of the oldest waiting row is what an alert on a stuck relay watches. Every instance counts
     * (no round claim): the gauges are each instance's own, and one that stopped counting would report a stale
     * backlog; they count the same table, and the alerts take the highest ({@code max by (job)}).
     */
    @io.quarkus.scheduler.Scheduled(every = "10s", delayed = "5s")
    public void countPending() {
        Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                        select count(*) filter (where set_aside_at is null),
                               count(*) filter (where set_aside_at is not null),
                               min(created_at) filter (where set_aside_at is null)
                        from outbox_event where published_at is null""")
                .getSingleResult());
        long waiting = ((Number) counts[0]).longValue();
        pending.set(waiting);
        setAsideCount.set(((Number) counts[1]).longValue());
        Instant oldest = counts[2] == null ? null : toInstant(counts[2]);
        oldestAgeSeconds.set(oldest == null ? 0 : Math.max(0, java.time.Duration.between(oldest, Instant.now()).toSeconds()));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
