package org.samparksetu.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain helpers of the test set-up: database names, topic prefixes, the repository root. */
class InfrastructureTest {

    @ParameterizedTest(name = "{0} with suffix ''{1}'' is {2}")
    @CsvSource(textBlock = """
            # base database,    suffix (SAMPARK_TEST_DB_SUFFIX), then the test database
            intake_test,        ,                                intake_test
            intake_test,        '   ',                           intake_test
            e2e_sampark_bridge, hta,                             e2e_sampark_bridge_hta
            e2e_routing,        ci_2,                            e2e_routing_ci_2
            """)
    void aSuffixGivesEachCheckoutItsOwnDatabases(String base, String suffix, String expected) {
        assertThat(Infrastructure.databaseName(base, suffix == null ? "" : suffix)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "suffix ''{0}''")
    @CsvSource({"HTA", "my-checkout", "a;drop database x", "abcdefghijklmnopqrstu"})
    void aSuffixThatIsNoPlainNameIsRefused(String suffix) {
        assertThatThrownBy(() -> Infrastructure.databaseName("intake_test", suffix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1-20 of a-z, 0-9 and _").hasMessageContaining(suffix);
    }

    @Test
    void theSuffixComesFromTheSystemPropertyBeforeTheEnvironment() {
        String before = System.getProperty("test.db.suffix");
        System.setProperty("test.db.suffix", "prop_x");
        try {
            assertThat(Infrastructure.databaseName("routing_test")).isEqualTo("routing_test_prop_x");
        } finally {
            if (before == null) {
                System.clearProperty("test.db.suffix");
            } else {
                System.setProperty("test.db.suffix", before);
            }
        }
    }

    @Test
    void aDatabaseThatIsNoPlainNameIsNeverSentToPostgres() {
        assertThatThrownBy(() -> Infrastructure.freshDatabase("x; drop database intake"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain database name");
        assertThatThrownBy(() -> Infrastructure.ensureDatabase("Intake"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain database name");
    }

    @Test
    void aDatabasesRolesAreNamedAfterItSoNoTwoDatabasesShareOne() {
        assertThat(Infrastructure.ownerRole("e2e_sampark_bridge_hta")).isEqualTo("e2e_sampark_bridge_hta_owner");
        assertThat(Infrastructure.appRole("e2e_sampark_bridge_hta")).isEqualTo("e2e_sampark_bridge_hta_app");
        assertThatThrownBy(() -> Infrastructure.ownerRole("d".repeat(58)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("63 characters");
        assertThatThrownBy(() -> Infrastructure.appRole("intake; drop role x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain database name");
    }

    @Test
    void theRolesScriptTakesOnlyPlainNamesAndPasswords() {
        var root = Infrastructure.repositoryRoot();
        String sql = Infrastructure.rolesSql(root, "intake_x", "intake_x_owner", "intake_x_app", "owner-pw-1", "app-pw-22");
        assertThat(sql).contains("ALTER ROLE intake_x_app WITH LOGIN NOSUPERUSER").contains("PASSWORD 'app-pw-22'")
                .contains("ALTER SCHEMA public OWNER TO intake_x_owner").doesNotContain("{{");
        assertThatThrownBy(() -> Infrastructure.rolesSql(root, "intake_x", "intake_x_owner", "intake_x_app", "owner-pw-1", "x'; drop"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role password");
    }

    @Test
    void eachRunGetsATopicPrefixNamingItsPurpose() {
        String prefix = Infrastructure.newTopicPrefix("routing-service");
        assertThat(prefix).matches("test-routing-service-[0-9a-z]+\\.");
    }

    @Test
    void theRepositoryRootHoldsTheDeployScriptsAndTheServiceTable() {
        var root = Infrastructure.repositoryRoot();
        assertThat(root.resolve("mvnw")).isRegularFile();
        assertThat(Files.isRegularFile(root.resolve(ServiceTable.FILE))).isTrue();
        assertThat(root.resolve("testing-kit")).isDirectory();
    }

    @Test
    void aRootGivenWithE2eRootIsUsedWhenItIsTheRepositoryAndRefusedWhenItIsNot() {
        var root = Infrastructure.repositoryRoot();
        String before = System.getProperty("e2e.root");
        try {
            System.setProperty("e2e.root", root.resolve("testing-kit/..").toString());
            assertThat(Infrastructure.repositoryRoot()).isEqualTo(root);
            System.setProperty("e2e.root", root.resolve("testing-kit").toString());
            assertThatThrownBy(Infrastructure::repositoryRoot).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("holds no deploy/kafka");
        } finally {
            if (before == null) {
                System.clearProperty("e2e.root");
            } else {
                System.setProperty("e2e.root", before);
            }
        }
    }

    @Test
    void aQuarkusAppUnderTestIsPointedAtTheRunsDatabaseAndTopics() {
        assertThat(Infrastructure.quarkusConfig("intake_test_hta", "test-intake-abc."))
                .containsEntry("quarkus.datasource.jdbc.url", Infrastructure.jdbcUrl("intake_test_hta"))
                .containsEntry("quarkus.datasource.username", "intake_test_hta_app")
                .containsEntry("quarkus.datasource.password", Infrastructure.TEST_APP_PASSWORD)
                .containsEntry("quarkus.flyway.username", "intake_test_hta_owner")
                .containsEntry("quarkus.flyway.password", Infrastructure.TEST_OWNER_PASSWORD)
                .containsEntry("sampark.topic-prefix", "test-intake-abc.")
                .containsEntry("kafka.bootstrap.servers", Infrastructure.KAFKA);
        assertThat(Infrastructure.jdbcUrl("intake_test_hta")).endsWith(":" + Infrastructure.PG_PORT + "/intake_test_hta");
    }
}
