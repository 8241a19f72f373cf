package org.samparksetu.testing.chaos;

import org.samparksetu.testing.Infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * PostgreSQL refuses one service's connections, as when its database is away: new connections are refused
 * ({@code ALLOW_CONNECTIONS false}: "database ... is not currently accepting connections", SQL state 55000) and the
 * open ones are ended ({@code pg_terminate_backend}, SQL state 57P01 to whoever was using them). The service and
 * PostgreSQL keep running; the other services' databases are untouched.
 */
public final class DatabaseRefusal implements Fault {
    private final String database;

    public DatabaseRefusal(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        this.database = database;
    }

    @Override
    public String name() {
        return "database " + database + " refuses connections";
    }

    @Override
    public void begin() throws SQLException {
        try (Connection c = admin(); var st = c.createStatement()) {
            st.execute("alter database " + database + " with allow_connections false");
            try (var kill = c.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = ? and pid <> pg_backend_pid()")) {
                kill.setString(1, database);
                kill.executeQuery().close();
            }
        }
    }

    @Override
    public void end() throws SQLException {
        try (Connection c = admin(); var st = c.createStatement()) {
            st.execute("alter database " + database + " with allow_connections true");
        }
    }

    /** Whether the database takes connections now (false while refused). */
    public boolean acceptsConnections() throws SQLException {
        try (Connection c = admin(); var st = c.prepareStatement("select datallowconn from pg_database where datname = ?")) {
            st.setString(1, database);
            try (var rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static Connection admin() throws SQLException {
        // the maintenance database: the refused one cannot be used to lift its own refusal
        return DriverManager.getConnection(Infrastructure.jdbcUrl("postgres"), Infrastructure.PG_USER, "");
    }
}
