package org.samparksetu.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/up's and the tests' roles script ({@code deploy/tools/database-roles.sql}) on a real database: the app role
 * changes rows of whatever the owner role makes but cannot change the schema, a database an older run filled as the
 * superuser is handed to the owner role, and running the script again changes nothing.
 */
class DatabaseRolesTest {
    private static final String DATABASE = Infrastructure.databaseName("roles_kit_test");
    private static final String OWNER = Infrastructure.ownerRole(DATABASE);
    private static final String APP = Infrastructure.appRole(DATABASE);
    /** PostgreSQL's insufficient_privilege */
    private static final String DENIED = "42501";

    @BeforeAll
    static void aDatabaseAnOlderRunFilledAsTheSuperuser() throws SQLException {
        Infrastructure.freshDatabase(DATABASE);
        try (Connection c = connect(Infrastructure.PG_USER); var st = c.createStatement()) {
            st.execute("create table made_by_superuser (id bigserial primary key, note text)");
            st.execute("create function made_by_superuser_count() returns bigint language sql as 'select count(*) from made_by_superuser'");
        }
        Infrastructure.databaseRoles(DATABASE);
        Infrastructure.databaseRoles(DATABASE); // idempotent
    }

    @AfterAll
    static void dropIt() throws SQLException {
        try (var c = DriverManager.getConnection(Infrastructure.jdbcUrl("postgres"), Infrastructure.PG_USER, "");
             var st = c.createStatement()) {
            st.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Test
    void theAppRoleIsNoSuperuserAndMayNotMakeRolesOrDatabases() throws SQLException {
        try (Connection c = connect(APP)) {
            assertThat(scalar(c, "select current_user")).isEqualTo(APP);
            assertThat(scalar(c, "select rolsuper or rolcreatedb or rolcreaterole or rolbypassrls or rolreplication from pg_roles where rolname = current_user"))
                    .isEqualTo(Boolean.FALSE);
            assertDenied(c, "create role intruder");
            assertDenied(c, "create schema intruder");
            assertDenied(c, "create temporary table intruder (id int)");
        }
    }

    @Test
    void whatTheSuperuserMadeBeforeBelongsToTheOwnerRoleNow() throws SQLException {
        try (Connection c = connect(Infrastructure.PG_USER)) {
            assertThat(scalar(c, "select tableowner from pg_tables where tablename = 'made_by_superuser'")).isEqualTo(OWNER);
            assertThat(scalar(c, "select sequenceowner from pg_sequences where sequencename = 'made_by_superuser_id_seq'")).isEqualTo(OWNER);
            assertThat(scalar(c, "select proowner::regrole::text from pg_proc where proname = 'made_by_superuser_count'")).isEqualTo(OWNER);
            assertThat(scalar(c, "select nspowner::regrole::text from pg_namespace where nspname = 'public'")).isEqualTo(OWNER);
        }
    }

    @Test
    void theAppRoleChangesRowsOfWhatTheOwnerMakesButNotItsShape() throws SQLException {
        try (Connection owner = connect(OWNER); var st = owner.createStatement()) {
            st.execute("create table if not exists made_by_owner (id bigserial primary key, note text)");
        }
        try (Connection c = connect(APP); var st = c.createStatement()) {
            st.execute("insert into made_by_owner (note) values ('a')");
            st.execute("update made_by_owner set note = 'b'");
            st.execute("delete from made_by_owner");
            assertDenied(c, "create table intruder (id int)");
            assertDenied(c, "drop table made_by_owner");
            assertDenied(c, "alter table made_by_owner add column intruder text");
            assertDenied(c, "truncate made_by_owner");
            assertDenied(c, "create index intruder on made_by_owner (note)");
        }
    }

    @Test
    void theDatabaseIsTheAppRolesOnlyWhereTheServiceMustVacuumItself() throws SQLException {
        try (Connection c = connect(APP)) {
            boolean autovacuum = "on".equals(scalar(c, "select current_setting('autovacuum')"));
            assertThat(scalar(c, "select datdba::regrole::text from pg_database where datname = current_database()"))
                    .isEqualTo(autovacuum ? OWNER : APP);
            assertThat(scalar(c, "select has_database_privilege(current_database(), 'CREATE') or has_database_privilege(current_database(), 'TEMPORARY')"))
                    .isEqualTo(Boolean.FALSE);
        }
    }

    private static Connection connect(String role) throws SQLException {
        String password = role.equals(OWNER) ? Infrastructure.TEST_OWNER_PASSWORD
                : role.equals(APP) ? Infrastructure.TEST_APP_PASSWORD : "";
        Connection c = DriverManager.getConnection(Infrastructure.jdbcUrl(DATABASE), role, password);
        c.setAutoCommit(true);
        return c;
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
}
