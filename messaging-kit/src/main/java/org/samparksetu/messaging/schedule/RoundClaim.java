package org.samparksetu.messaging.schedule;

import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Once per round, however many instances of a service run on its database. A scheduled sweep calls
 * {@link #claim(String, Duration)} first and runs its round only if that returns true: exactly one instance wins
 * each round, where the round is {@link Rounds#of the one the database's clock is in} for the job's interval.
 * Quarkus' {@code concurrentExecution = SKIP} and {@code synchronized} only keep one JVM from overlapping itself.
 *
 * <p>The claim is one statement: an upsert of the job's row in {@code scheduled_round} (kit migration V0_5) that
 * moves it to this round only if the row holds an earlier one, returning a row only to the instance that moved it.
 * Two instances racing for the same round cannot both win: the second's conflict waits for the first's row and
 * then finds the round taken. The time is the database's ({@code now()}), so instances whose clocks disagree still
 * agree on the round. The current round is claimed, not the next: a job alone on one instance still runs in every
 * round its timer fires in (a timer that fires twice within one round, from jitter at a round's edge, runs once).
 *
 * <p>Why not Quartz' clustered job store: it needs eleven tables of its own in every service's database and takes
 * a row lock in them for every fire, and it replaces the scheduler each job is written for; these jobs are sweeps
 * of 200 ms to 6 h whose rows are their own state, and each needs only "did this instance win this round", which is
 * one row per job and one statement. A failed claim (the database away) is no win: the job skips the round, as it
 * would have failed anyway, and the next round claims again.
 */
@Singleton
public class RoundClaim {
    private static final Logger LOG = Logger.getLogger(RoundClaim.class);
    /** Job names are constants in code; the limit keeps a mistake from filling the table. */
    static final int MAX_JOB_LENGTH = 100;

    private static final String CLAIM = """
            insert into scheduled_round as r (job, round, interval_ms, claimed_at, claimed_by)
            values (?, ?, ?, now(), ?)
            on conflict (job) do update set round = excluded.round, interval_ms = excluded.interval_ms,
                claimed_at = excluded.claimed_at, claimed_by = excluded.claimed_by
            where r.round * r.interval_ms < excluded.round * excluded.interval_ms
            returning round""";

    @Inject
    DataSource dataSource;

    private final String instance;
    /** Jobs whose last claim failed, so an outage is logged when it starts and ends, not once a round. */
    private final Map<String, Boolean> failing = new ConcurrentHashMap<>();

    RoundClaim() {
        this(null, identity());
    }

    /** For tests: an instance with a data source and a name of its own. */
    RoundClaim(DataSource dataSource, String instance) {
        this.dataSource = dataSource;
        this.instance = instance;
    }

    /** How this instance appears in {@code scheduled_round.claimed_by}: host, process id and a mark of this start. */
    public String instance() {
        return instance;
    }

    /** {@link #claim(String, Duration)} with the interval as the job's {@code @Scheduled(every)} is written ("1s", "PT6H"). */
    public boolean claim(String job, String every) {
        return claim(job, DurationConverter.parseDuration(every));
    }

    /**
     * True when this instance won the current round of {@code job} run every {@code interval}: the caller runs its
     * round. False when another instance (or this one) already ran this round, or the claim could not be made.
     */
    public boolean claim(String job, Duration interval) {
        return won(job, interval).isPresent();
    }

    /** The round of {@code job} this instance just won, or empty when it won none: {@link #claim(String, Duration)}. */
    OptionalLong won(String job, Duration interval) {
        if (job == null || job.isBlank() || job.length() > MAX_JOB_LENGTH) {
            throw new IllegalArgumentException("a job's name is 1-" + MAX_JOB_LENGTH + " characters: " + job);
        }
        Rounds.millis(interval); // refuses an interval under 1 ms before the database is asked
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            long round = Rounds.of(databaseMillis(c), interval);
            boolean won = claim(c, job, interval, round);
            if (failing.remove(job) != null) {
                LOG.infof("scheduled job %s claims its rounds again", job);
            }
            return won ? OptionalLong.of(round) : OptionalLong.empty();
        } catch (SQLException e) {
            if (failing.put(job, Boolean.TRUE) == null) {
                LOG.warnf("scheduled job %s could not claim its round (%s); it skips rounds until the database answers",
                        job, e.getMessage());
            }
            return OptionalLong.empty();
        }
    }

    /** For tests: claims a given round, so a race over many rounds needs no waiting for the clock. */
    boolean claim(String job, Duration interval, long round) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return claim(c, job, interval, round);
        }
    }

    /** The one statement that decides: a row comes back only to the instance that moved the job to this round. */
    private boolean claim(Connection c, String job, Duration interval, long round) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(CLAIM)) {
            st.setString(1, job);
            st.setLong(2, round);
            st.setLong(3, Rounds.millis(interval));
            st.setString(4, instance);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The database's clock: the same for every instance, whatever the instances' own clocks say. */
    private static long databaseMillis(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select floor(extract(epoch from now()) * 1000)::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Host name (the pod's name in Kubernetes), process id and a random mark: a restarted instance on the same host,
     * or a container whose process is always pid 1, still shows as a new one.
     */
    static String identity() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "unknown-host";
            }
        }
        String id = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 200 ? id : id.substring(id.length() - 200);
    }
}
