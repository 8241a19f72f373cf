package org.samparksetu.routing.maintenance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.samparksetu.messaging.maintenance.TableMaintenance;
import org.samparksetu.testing.ServiceInfrastructure;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kit's table maintenance, in one service's database: where the server's autovacuum is off (as on the CI
 * machines) a round vacuums and analyzes the service's tables, so the planner has statistics; where it is on, a
 * round leaves it to the server. The scheduled rounds are off in the test profile, so only this round runs.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class TableMaintenanceTest {
    @Inject
    TableMaintenance maintenance;
    @Inject
    EntityManager em;

    @Test
    void aRoundAnalyzesTheServiceDatabaseWhereTheServerDoesNot() {
        assertThat(ConfigProvider.getConfig().getValue("sampark.maintenance.enabled", Boolean.class))
                .as("the kit keeps its schedule off in tests, so this round is the only one").isFalse();
        boolean serverDoesIt = "on".equals(scalar("select current_setting('autovacuum')"));

        boolean ran = maintenance.run();

        assertThat(ran).as("a round runs exactly where autovacuum is off").isEqualTo(!serverDoesIt);
        if (ran) {
            // the statistics the planner reads: outbox_event (every service has one) has been analyzed and vacuumed
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(scalar("select last_analyze is not null and last_vacuum is not null from pg_stat_user_tables where relname = 'outbox_event'"))
                        .isEqualTo(Boolean.TRUE);
                // -1: never vacuumed or analyzed, the planner then guesses the table's size
                assertThat(((Number) scalar("select reltuples from pg_class where relname = 'routing_decision'")).doubleValue())
                        .as("the planner knows the table's size").isGreaterThanOrEqualTo(0);
            });
        }
    }

    private Object scalar(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getSingleResult());
    }
}
