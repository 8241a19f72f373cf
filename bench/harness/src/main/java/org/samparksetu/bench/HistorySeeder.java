package org.samparksetu.bench;

import org.samparksetu.testing.system.SystemUnderTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Fills every service's database with a year of past complaints (SQL in {@code seed/<service>.sql},
 * {@code :n} = how many), to show that the cost of a new complaint does not grow with history.
 */
final class HistorySeeder {
    private HistorySeeder() {
    }

    static void seed(SystemUnderTest system, long complaints) {
        for (String service : system.services.keySet()) {
            long started = System.nanoTime();
            String sql = load(service).replaceAll("(?m)^--.*$", "").replace(":n", Long.toString(complaints));
            try (Connection c = system.database(service); var st = c.createStatement()) {
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
                st.execute("analyze");
            } catch (SQLException e) {
                throw new IllegalStateException("seeding " + service + ": " + e.getMessage(), e);
            }
            System.out.printf(Locale.ROOT, "{\"measure\":\"seed\",\"service\":\"%s\",\"complaints\":%d,\"seconds\":%.1f}%n",
                    service, complaints, (System.nanoTime() - started) / 1e9);
        }
    }

    private static String load(String service) {
        try (InputStream in = HistorySeeder.class.getResourceAsStream("/seed/" + service + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("no seed/" + service + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
