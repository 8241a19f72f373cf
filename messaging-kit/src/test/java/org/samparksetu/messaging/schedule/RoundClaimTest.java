package org.samparksetu.messaging.schedule;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The round claim on the real PostgreSQL, in a database of its own migrated with the kit's migrations (the kit
 * cannot use testing-kit, which depends on it): two instances of the bean, each with its own connections, race for
 * the same rounds, and exactly one wins each. The database is {@code kit_rounds_test} plus the run's
 * {@code SAMPARK_TEST_DB_SUFFIX}, so two checkouts never share it.
 */
class RoundClaimTest {
    private static final String HOST = System.getProperty("test.pg.host", "127.0.0.1");
    private static final int PORT = Integer.getInteger("test.pg.port", 5432);
    private static final String USER = System.getProperty("test.pg.user", "postgres");
    private static final String DATABASE = databaseName("kit_rounds_test");
    /** A role like a service's app role (rows only): the kit's grants callback must give it the claim table. */
    private static final String APP_ROLE = DATABASE + "_app";

    private static RoundClaim first;
    private static RoundClaim second;

    @BeforeAll
    static void freshDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, ""); Statement st = c.createStatement()) {
            st.execute("drop database if exists " + DATABASE + " with (force)");
            st.execute("create database " + DATABASE + " encoding 'UTF8'");
            st.execute("do $$ begin create role " + APP_ROLE + " nologin; exception when duplicate_object then null; end $$");
        }
        Flyway.configure().dataSource(url(DATABASE), USER, "").locations("classpath:db/kit")
                .placeholders(Map.of("app_role", APP_ROLE)).load().migrate();
        first = new RoundClaim(dataSource(), "instance-a");
        second = new RoundClaim(dataSource(), "instance-b");
    }

    @Test
    void twoInstancesRacingForTheSameRoundNeverBothWin() throws Exception {
        int rounds = 150;
        List<Boolean> firstWon = new ArrayList<>();
        List<Boolean> secondWon = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = threads.submit(race(first, "race", rounds, together, firstWon));
            Future<?> b = threads.submit(race(second, "race", rounds, together, secondWon));
            a.get(2, TimeUnit.MINUTES);
            b.get(2, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }
        for (int r = 0; r < rounds; r++) {
            assertThat(firstWon.get(r) ^ secondWon.get(r)).as("round %d is won by exactly one instance", r).isTrue();
        }
        assertThat(row("race")).as("the row holds the last round and its winner")
                .isEqualTo((rounds - 1) + " " + (firstWon.get(rounds - 1) ? "instance-a" : "instance-b"));
    }

    @Test
    void twoInstancesRacingForAJobsFirstRoundNeverBothWin() throws Exception {
        // the first round of a job is an insert against an insert, not an update of a row that is there
        for (int job = 0; job < 50; job++) {
            String name = "first-round-" + job;
            List<Boolean> firstWon = new ArrayList<>();
            List<Boolean> secondWon = new ArrayList<>();
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = threads.submit(race(first, name, 1, together, firstWon));
                Future<?> b = threads.submit(race(second, name, 1, together, secondWon));
                a.get(1, TimeUnit.MINUTES);
                b.get(1, TimeUnit.MINUTES);
            } finally {
                threads.shutdownNow();
            }
            assertThat(firstWon.get(0) ^ secondWon.get(0)).as("job %s's first round is won once", name).isTrue();
        }
    }

    @Test
    void aRoundIsWonOnceAndOnlyALaterRoundIsWonAfterIt() throws SQLException {
        Duration second = Duration.ofSeconds(1);
        assertThat(first.claim("order", second, 10)).as("the first claim of round 10").isTrue();
        assertThat(first.claim("order", second, 10)).as("the same instance again in round 10").isFalse();
        assertThat(RoundClaimTest.second.claim("order", second, 10)).as("another instance in round 10").isFalse();
        assertThat(RoundClaimTest.second.claim("order", second, 11)).as("the next round").isTrue();
        assertThat(first.claim("order", second, 10)).as("an instance late with round 10, after 11 ran").isFalse();
        assertThat(first.claim("order", second, 13)).as("a round later, with rounds between unclaimed").isTrue();
    }

    @Test
    void instancesWithDifferentIntervalsCompareWhereTheirRoundsStart() throws SQLException {
        // during a rolling change of the interval from 60 s to 1 s: rounds are compared by their start times
        Duration minute = Duration.ofMinutes(1);
        Duration second = Duration.ofSeconds(1);
        long minuteRound = 1_000;
        assertThat(first.claim("mixed", second, minuteRound * 60 + 30)).as("a one-second instance, mid-minute").isTrue();
        assertThat(RoundClaimTest.second.claim("mixed", minute, minuteRound))
                .as("a one-minute instance, in the minute that one-second round is in").isFalse();
        assertThat(RoundClaimTest.second.claim("mixed", minute, minuteRound + 1))
                .as("the next minute starts after that second: a later round").isTrue();
        assertThat(first.claim("mixed", second, (minuteRound + 1) * 60))
                .as("the second that starts with that minute is not later than it").isFalse();
        assertThat(first.claim("mixed", second, (minuteRound + 1) * 60 + 1)).as("the second after it is").isTrue();
    }

    @Test
    void onTheDatabasesClockALoneInstanceWinsEachRoundOnce() throws SQLException {
        Duration interval = Duration.ofMillis(200);
        // a lone instance claims the round the database's clock is in, not the next one: it runs every round
        ConcurrentLinkedQueue<Long> wins = new ConcurrentLinkedQueue<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            first.won("lone", interval).ifPresent(wins::add);
            return wins.size() >= 3;
        });
        assertThat(roundOf("lone")).as("the row holds the last round won").isEqualTo(List.copyOf(wins).get(2));
        assertThat(List.copyOf(wins)).as("each win a later round").isSorted().doesNotHaveDuplicates();
        assertThat(rowColumn("lone", "interval_ms")).isEqualTo("200");
        assertThat(rowColumn("lone", "claimed_at <= now()")).as("stamped with the database's time").isEqualTo("t");
    }

    @Test
    void twoInstancesOnTheDatabasesClockNeverWinTheSameRound() throws Exception {
        Duration interval = Duration.ofMillis(50);
        ConcurrentLinkedQueue<String> wins = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (RoundClaim instance : List.of(first, second)) {
                threads.submit(() -> {
                    while (!stop.get()) {
                        instance.won("clocked", interval).ifPresent(r -> wins.add(r + " " + instance.instance()));
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> wins.size() >= 20);
        } finally {
            stop.set(true);
            threads.shutdown();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
        Map<String, Long> byRound = wins.stream().collect(Collectors.groupingBy(w -> w.split(" ")[0], Collectors.counting()));
        assertThat(byRound.values()).as("no round won twice").allMatch(n -> n == 1);
    }

    @Test
    void aClaimThatCannotReachTheDatabaseIsNoWin() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setServerNames(new String[] {HOST});
        nowhere.setPortNumbers(new int[] {1}); // nothing listens there
        nowhere.setUser(USER);
        nowhere.setConnectTimeout(2);
        RoundClaim cutOff = new RoundClaim(nowhere, "cut-off");

        assertThat(cutOff.claim("unreachable", Duration.ofSeconds(1))).isFalse();
        assertThat(cutOff.claim("unreachable", "1s")).as("and again, without throwing").isFalse();
    }

    @Test
    void theKitsGrantsGiveTheAppRoleTheClaimTable() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(DATABASE), USER, ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select has_table_privilege('" + APP_ROLE + "', 'scheduled_round', 'select, insert, update')")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the service's app role may claim rounds").isTrue();
        }
    }

    private static Callable<Void> race(RoundClaim instance, String job, int rounds, CyclicBarrier together, List<Boolean> won) {
        return () -> {
            for (long r = 0; r < rounds; r++) {
                together.await(1, TimeUnit.MINUTES);
                won.add(instance.claim(job, Duration.ofSeconds(1), r));
            }
            return null;
        };
    }

    private static long roundOf(String job) throws SQLException {
        return Long.parseLong(rowColumn(job, "round"));
    }

    private static String row(String job) throws SQLException {
        return rowColumn(job, "round || ' ' || claimed_by");
    }

    private static String rowColumn(String job, String expression) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(DATABASE), USER, ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select " + expression + " from scheduled_round where job = '" + job + "'")) {
            assertThat(rs.next()).as("job %s has a row", job).isTrue();
            return rs.getString(1);
        }
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url(DATABASE));
        ds.setUser(USER);
        return ds;
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** As testing-kit's Infrastructure names a test database: the base, then the run's suffix. */
    private static String databaseName(String base) {
        String suffix = System.getProperty("test.db.suffix", System.getenv().getOrDefault("SAMPARK_TEST_DB_SUFFIX", ""));
        if (suffix.isBlank()) {
            return base;
        }
        if (!suffix.matches("[a-z0-9_]{1,20}")) {
            throw new IllegalArgumentException("the test database suffix must be 1-20 of a-z, 0-9 and _: " + suffix);
        }
        return base + "_" + suffix;
    }
}
