package org.samparksetu.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.samparksetu.messaging.schedule.RoundClaim;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Remembers which events a consumer has handled. Called first inside the handler's transaction: the
 * insert and the handler's effect commit together, so a redelivered event finds its row and is
 * skipped, and a handler that failed leaves no row and is tried again. The primary key, not a
 * check-then-insert, decides, so two concurrent deliveries cannot both pass.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;
    @Inject
    RoundClaim rounds;

    @ConfigProperty(name = "sampark.inbox.retention", defaultValue = "P30D")
    Duration retention;

    /** True the first time this consumer sees this event; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        if (inserted == 0) {
            metrics.counter("inbox.duplicates", "consumer", consumer).increment();
            return false;
        }
        return true;
    }

    private static final String PURGE_EVERY = "1h";

    /**
     * Forgets handled events past their retention. One instance per round: the delete is the same on each, and a
     * second one at once only waits for the first's rows.
     */
    @io.quarkus.scheduler.Scheduled(every = PURGE_EVERY, delayed = "1m")
    void purge() {
        if (!rounds.claim("inbox-purge", PURGE_EVERY)) {
            return;
        }
        Instant cutoff = Instant.now().minus(retention);
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from processed_event where processed_at < ?1")
                .setParameter(1, cutoff).executeUpdate());
    }
}
