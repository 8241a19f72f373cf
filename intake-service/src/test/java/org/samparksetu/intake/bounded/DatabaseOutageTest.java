package org.samparksetu.intake.bounded;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintMarkedFalse;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.intake.testsupport.IntakeEvents.prefix;
import static org.samparksetu.intake.testsupport.IntakeEvents.received;

/**
 * Given PostgreSQL refusing intake's connections for a while (its database closed to new connections and its
 * sessions ended, as in a restart or failover), when an event arrives for a consumer meanwhile, then the consumer
 * waits with its record (counting its waits), nothing goes to the dead-letter topic, and once the database is back
 * the event is handled. The outage lasts {@code -Dsampark.test.outage} (8 s here; production outages of 30 s and
 * more are the same case, only longer).
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class DatabaseOutageTest {
    private static final String CONSUMER = "intake-false-case";
    private static final Duration OUTAGE = Duration.parse(System.getProperty("sampark.test.outage", "PT8S"));

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    @Test
    void aConsumerWaitsOutADatabaseOutageWithoutDeadLetteringAndHandlesTheEventAfterwards() throws SQLException {
        String citizen = Webhooks.citizen();
        String id = Webhooks.fileText(citizen, "padosi ne sarkari zameen par kabza kiya");
        received(id);
        double waitsBefore = count("sampark.consumer.transient.waits");
        String database = Infrastructure.databaseName("intake_service_test");

        Instant closed = Instant.now();
        refuseConnections(database, true);
        try {
            TestEvents.publish(prefix(), EventType.COMPLAINT_MARKED_FALSE, id, new ComplaintMarkedFalse(id, "REVENUE",
                    UUID.randomUUID().toString(), "patwari-sayla", "no encroachment at the place", null, 40.0, Instant.now()));
            // The outage lasts its full length, and the consumer is seen waiting in it (not done, not given up).
            await().atMost(OUTAGE.plusSeconds(120)).until(() ->
                    count("sampark.consumer.transient.waits") >= waitsBefore + 2
                            && Duration.between(closed, Instant.now()).compareTo(OUTAGE) >= 0);
        } finally {
            refuseConnections(database, false);
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> falseCases(citizen) == 1);
        assertThat(count("sampark.consumer.dead.lettered")).as("nothing dead-lettered by consumer " + CONSUMER).isZero();
        List<?> deadLetters = TestEvents.readAll(prefix() + "dead-letter.intake-service").stream()
                .filter(r -> id.equals(r.key())).toList();
        assertThat(deadLetters).isEmpty();
    }

    /** Closes (or reopens) the database to connections, and ends its sessions, from PostgreSQL's maintenance database. */
    private static void refuseConnections(String database, boolean refuse) throws SQLException {
        try (Connection c = DriverManager.getConnection(Infrastructure.jdbcUrl("postgres"), Infrastructure.PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute("alter database " + database + " with allow_connections " + !refuse);
            if (refuse) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> pg_backend_pid()");
            }
        }
    }

    private double count(String name) {
        return metrics.find(name).tag("consumer", CONSUMER).counters().stream().mapToDouble(Counter::count).sum();
    }

    private int falseCases(String waId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select false_case_count from citizen where wa_id = ?1")
                    .setParameter(1, waId).getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }
}
