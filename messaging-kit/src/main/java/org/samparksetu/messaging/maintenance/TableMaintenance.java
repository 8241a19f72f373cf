package org.samparksetu.messaging.maintenance;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.messaging.schedule.RoundClaim;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * VACUUM and ANALYZE of the service's own database, but only where the server does not do it itself: PostgreSQL
 * with {@code autovacuum = off}, as on the CI and benchmark machines ({@code conf.d/90-ci.conf}). There the planner
 * never has statistics and every table looks ten pages long, so lookups that have an index read the whole table or
 * the wrong index instead, and each complaint costs more the more complaints there are (intake's open-draft
 * lookup read 12,600 rows per message through the status index, and filing ran at half its speed). Where autovacuum
 * is on, as on any production server, this does nothing but ask once.
 */
@ApplicationScoped
public class TableMaintenance {
    private static final Logger LOG = Logger.getLogger(TableMaintenance.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry metrics;
    @Inject
    RoundClaim rounds;

    @ConfigProperty(name = "sampark.maintenance.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "sampark.maintenance.interval", defaultValue = "30s")
    String interval;

    /** Null until asked: whether the server vacuums and analyzes by itself. */
    private volatile Boolean serverDoesIt;

    @Scheduled(every = "${sampark.maintenance.interval:30s}", delayed = "${sampark.maintenance.delay:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        // one instance per round: two vacuums of the same tables at once only wait for each other
        if (enabled && rounds.claim("table-maintenance", interval)) {
            run();
        }
    }

    /**
     * One round. Outside any transaction: VACUUM cannot run inside one. VACUUM (not FULL) takes no lock that
     * stops reads or writes, and skips the pages the visibility map says are clean, so a round over an unchanged
     * database is cheap.
     * @return true when it vacuumed and analyzed, false when the server does it itself or the round failed
     */
    public boolean run() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (serverDoesIt == null) {
                serverDoesIt = autovacuumOn(c);
                if (!serverDoesIt) {
                    LOG.info("PostgreSQL's autovacuum is off on this server: this service vacuums and analyzes its own database itself");
                }
            }
            if (serverDoesIt) {
                return false;
            }
            Timer.Sample sample = Timer.start(metrics);
            try (Statement st = c.createStatement()) {
                st.execute("vacuum (analyze)");
            }
            sample.stop(metrics.timer("database.maintenance"));
            return true;
        } catch (SQLException e) {
            metrics.counter("database.maintenance.failures").increment();
            LOG.warnf("vacuum and analyze of the service's database failed (%s); tried again at the next round", e.getMessage());
            return false;
        }
    }

    private static boolean autovacuumOn(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select current_setting('autovacuum')")) {
            rs.next();
            return "on".equalsIgnoreCase(rs.getString(1));
        }
    }
}
