package org.samparksetu.messaging.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;

/**
 * Rate limits that hold in total across every instance of a service: each limit is one row of
 * {@code rate_limit_bucket} in the service's own database ({@code db/kit/V0_6}), and each take is one statement that
 * reads and moves it ({@link RateLimitRule} is the arithmetic, as a table test states it). The row is locked only for
 * that statement, so nobody waits while holding it: a caller that must wait does so afterwards, on its own time.
 *
 * <p>Called inside a transaction, the take is part of it (a rolled-back claim gives its token back) and the row stays
 * locked until the commit, so call it there only for a key that one transaction at a time touches (one citizen's
 * limit while that citizen's message is claimed). A busy shared key (the business number) is taken outside any
 * transaction. A database that cannot be reached throws, and nothing is taken: the caller does not send.
 *
 * <p>Not Bucket4j's PostgreSQL integration: it holds a row lock across several round trips per take (select for
 * update, update, commit) and drives its own JDBC transaction, which a JTA-managed connection does not allow.
 */
@ApplicationScoped
public class SharedRateLimiter {
    private static final Logger LOG = Logger.getLogger(SharedRateLimiter.class);
    /** Keys are ours (a limit's name and, say, a recipient id); the table refuses longer ones. */
    public static final int MAX_KEY_LENGTH = 200;

    /** The database's clock in µs, unless a test gives "now" itself (to hold the SQL against the table test). */
    private static final String NOW = "coalesce(?::bigint, (extract(epoch from clock_timestamp()) * 1000000)::bigint)";

    // An absent row is a full bucket: the insert is a take at "now" (always allowed, as RateLimitRule.tryTake says).
    // On conflict every SET expression reads the row as it was; "excluded" carries this statement's now.
    private static final String TAKE = """
            insert into rate_limit_bucket as b (bucket, tat_micros, granted, decided_at_micros)
            select ?, n.t + ?, true, n.t from (select %s as t) n
            on conflict (bucket) do update set
              granted = ?::boolean or greatest(b.tat_micros, excluded.decided_at_micros) - excluded.decided_at_micros <= ?,
              tat_micros = case when ?::boolean or greatest(b.tat_micros, excluded.decided_at_micros) - excluded.decided_at_micros <= ?
                                then greatest(b.tat_micros, excluded.decided_at_micros) + ?
                                else b.tat_micros end,
              decided_at_micros = excluded.decided_at_micros
            returning granted, tat_micros, decided_at_micros""".formatted(NOW);

    private static final String PAUSE = """
            insert into rate_limit_bucket as b (bucket, tat_micros, granted, decided_at_micros)
            select ?, n.t + ?, false, n.t from (select %s as t) n
            on conflict (bucket) do update set
              tat_micros = greatest(b.tat_micros, excluded.tat_micros),
              granted = false,
              decided_at_micros = excluded.decided_at_micros""".formatted(NOW);

    private static final String PURGE = "delete from rate_limit_bucket where tat_micros <= " + NOW;

    /**
     * One take: {@code granted}, how long to wait ({@link RateLimitRule.Decision#waitMicros}), and {@code atMicros},
     * the database's time of the decision (epoch µs), so a turn's moment is {@code atMicros + waitMicros}.
     */
    public record Take(boolean granted, long waitMicros, long atMicros) {
        public Duration waitDuration() {
            return Duration.ofNanos(Math.multiplyExact(waitMicros, 1_000L));
        }

        /** When the taker may go, on the database's clock (epoch µs). */
        public long turnMicros() {
            return atMicros + waitMicros;
        }
    }

    private final DataSource dataSource;

    @Inject
    public SharedRateLimiter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes one if the limit allows it now; otherwise takes nothing and says how long until it would. */
    public Take tryTake(String key, RateLimitRule.Limit limit) {
        return takeAt(key, limit, false, null);
    }

    /** Takes the next turn, however far ahead, and says how long to wait for it (sleep outside any transaction). */
    public Take reserve(String key, RateLimitRule.Limit limit) {
        return takeAt(key, limit, true, null);
    }

    /** Stops every take of this key for {@code pause} (the far side said we sent too much); the bucket is then empty. */
    public void pause(String key, RateLimitRule.Limit limit, Duration pause) {
        checkKey(key);
        long pauseMicros = Math.max(0, pause.toNanos() / 1_000);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(PAUSE)) {
            st.setString(1, key);
            st.setLong(2, pauseMicros + limit.toleranceMicros());
            st.setNull(3, Types.BIGINT);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot pause rate limit " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * A take at a given "now" (epoch µs) instead of the database's: for the tests that hold the statement to
     * {@link RateLimitRule}'s table. Production passes null.
     */
    public Take takeAt(String key, RateLimitRule.Limit limit, boolean reserve, Long nowMicros) {
        checkKey(key);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(TAKE)) {
            int i = 1;
            st.setString(i++, key);
            st.setLong(i++, limit.intervalMicros());
            if (nowMicros == null) {
                st.setNull(i++, Types.BIGINT);
            } else {
                st.setLong(i++, nowMicros);
            }
            st.setBoolean(i++, reserve);
            st.setLong(i++, limit.toleranceMicros());
            st.setBoolean(i++, reserve);
            st.setLong(i++, limit.toleranceMicros());
            st.setLong(i, limit.intervalMicros());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                boolean granted = rs.getBoolean(1);
                long tat = rs.getLong(2);
                long now = rs.getLong(3);
                RateLimitRule.Decision d = RateLimitRule.readBack(granted, tat, now, limit);
                return new Take(d.granted(), d.waitMicros(), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take from rate limit " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the rows whose time has passed ({@link RateLimitRule#forgettable}: a full bucket, the same as no row), so
     * one row per citizen ever written does not pile up. A take racing the delete either waits for it and inserts a
     * full bucket, or moves the row ahead first, which the delete then leaves alone.
     */
    public int purge() {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(PURGE)) {
            st.setNull(1, Types.BIGINT);
            return st.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("rate limits: purging full buckets failed (%s); will try again", e.getMessage());
            return 0;
        }
    }

    @Scheduled(every = "${sampark.rate-limit.purge-interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a rate limit key must be 1.." + MAX_KEY_LENGTH + " characters");
        }
    }
}
