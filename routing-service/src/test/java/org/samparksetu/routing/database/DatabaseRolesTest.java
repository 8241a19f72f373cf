package org.samparksetu.routing.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceInfrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Least privilege, in one service started as the tests start every service: it connects as its database's app role,
 * not a superuser; its migrations ran as the owner role, which owns every table; and the app role can change rows
 * but not the schema, so a flaw in the service cannot drop or add a table.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class DatabaseRolesTest {
    private static final String DATABASE = Infrastructure.databaseName("routing_service_test");
    /** PostgreSQL's insufficient_privilege */
    private static final String DENIED = "42501";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceConnectsAsItsAppRoleWhichIsNoSuperuser() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(scalar(c, "select current_user")).isEqualTo(Infrastructure.appRole(DATABASE));
            assertThat(scalar(c, "select rolsuper or rolcreatedb or rolcreaterole or rolbypassrls from pg_roles where rolname = current_user"))
                    .as("superuser, createdb, createrole or bypassrls").isEqualTo(Boolean.FALSE);
        }
    }

    @Test
    void theMigrationsRanAsTheOwnerRoleWhichOwnsEveryTable() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(rows(c, "select distinct tableowner from pg_tables where schemaname = 'public'"))
                    .containsExactly(Infrastructure.ownerRole(DATABASE));
            assertThat(rows(c, "select tablename from pg_tables where schemaname = 'public'"))
                    .as("the service's and the kit's tables").contains("routing_decision", "outbox_event");
            assertThat(scalar(c, "select nspowner::regrole::text from pg_namespace where nspname = 'public'"))
                    .isEqualTo(Infrastructure.ownerRole(DATABASE));
        }
    }

    @Test
    void theAppRoleChangesRowsButNeverTheSchema() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            assertThat(scalar(c, "select has_table_privilege('outbox_event', 'SELECT, INSERT, UPDATE, DELETE')")).isEqualTo(Boolean.TRUE);
            assertThat(scalar(c, "select has_table_privilege('outbox_event', 'TRUNCATE')")).isEqualTo(Boolean.FALSE);
            assertDenied(c, "drop table routing_decision");
            assertDenied(c, "alter table routing_decision add column intruder text");
            assertDenied(c, "create table intruder (id int)");
            assertDenied(c, "create schema intruder");
            assertDenied(c, "select count(*) from flyway_schema_history");
            assertThat(rows(c, "select tablename from pg_tables where schemaname = 'public'"))
                    .contains("routing_decision").doesNotContain("intruder");
        }
    }

    private static void assertDenied(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (var st = c.createStatement()) {
                st.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(DENIED));
    }

    private static Object scalar(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
