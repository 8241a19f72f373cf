package org.samparksetu.notification.delivery;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samparksetu.messaging.ratelimit.RateLimitRule;
import org.samparksetu.messaging.ratelimit.SharedRateLimiter;
import org.samparksetu.notification.WhatsAppSimulatorResource;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceInfrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business number's rate and the per-citizen limit hold in total across instances: two {@link RateLimits}, each
 * on a connection pool of its own to the service's database (as two instances would be), take concurrently, and the
 * turns they are given never exceed the limit in any second. The test's own number and citizens keep it apart from
 * the service's sender. Turns are counted on the database's clock, the one the limit keeps; nothing here is timed.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class SharedRateLimitsTest {
    private static final String DATABASE = Infrastructure.databaseName("notification_service_test");
    private static AgroalDataSource poolA;
    private static AgroalDataSource poolB;

    @BeforeAll
    static void twoInstancesPools() throws SQLException {
        poolA = pool();
        poolB = pool();
    }

    @AfterAll
    static void close() {
        poolA.close();
        poolB.close();
    }

    private static AgroalDataSource pool() throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp.maxSize(4)
                        .connectionFactoryConfiguration(cf -> cf.jdbcUrl(Infrastructure.jdbcUrl(DATABASE))
                                .principal(new NamePrincipal(Infrastructure.appRole(DATABASE)))
                                .credential(new SimplePassword(Infrastructure.TEST_APP_PASSWORD)))));
    }

    private static RateLimits instance(AgroalDataSource pool, int rate, Duration interval, int burst, String number) {
        return new RateLimits(new SharedRateLimiter(pool), rate, interval, burst, number);
    }

    @Test
    void theBusinessRateHoldsInTotalAcrossTwoInstances() throws Exception {
        int rate = 40;
        String number = "test-number-" + UUID.randomUUID();
        RateLimits a = instance(poolA, rate, Duration.ofSeconds(6), 6, number);
        RateLimits b = instance(poolB, rate, Duration.ofSeconds(6), 6, number);
        ConcurrentLinkedQueue<Long> turns = new ConcurrentLinkedQueue<>();
        AtomicInteger byA = new AtomicInteger();
        AtomicInteger byB = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_500);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                RateLimits mine = t % 2 == 0 ? a : b;
                AtomicInteger count = t % 2 == 0 ? byA : byB;
                running.add(senders.submit(() -> {
                    while (System.nanoTime() < end) {
                        turns.add(mine.awaitBusinessToken());
                        count.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(byA.get()).as("instance A sent").isPositive();
        assertThat(byB.get()).as("instance B sent").isPositive();
        // per calendar second, and in every one-second window that starts at a turn
        Map<Long, Integer> perSecond = new TreeMap<>();
        turns.forEach(t -> perSecond.merge(Math.floorDiv(t, 1_000_000L), 1, Integer::sum));
        assertThat(perSecond.values()).as("turns per second of the database's clock: %s", perSecond).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(rate));
        List<Long> sorted = turns.stream().sorted().toList();
        int most = 0;
        for (int i = 0, j = 0; i < sorted.size(); i++) {
            while (sorted.get(i) - sorted.get(j) >= 1_000_000) {
                j++;
            }
            most = Math.max(most, i - j + 1);
        }
        assertThat(most).as("most turns in any one second").isLessThanOrEqualTo(rate);
        // the two together had more to send than the rate allows, so the limit was what held them back
        assertThat(sorted.size()).as("turns in about 2.5 s").isGreaterThan(rate);
    }

    @Test
    void aCitizensLimitHoldsInTotalAcrossTwoInstances() throws Exception {
        // one message an hour in bursts of 3: whatever the timing, exactly three go
        RateLimits a = instance(poolA, 80, Duration.ofHours(1), 3, "test-number-citizen");
        RateLimits b = instance(poolB, 80, Duration.ofHours(1), 3, "test-number-citizen");
        String citizen = "9198" + (10_000_000 + new Random().nextInt(89_999_999));
        AtomicInteger allowed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                RateLimits mine = t % 2 == 0 ? a : b;
                running.add(callers.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        Duration wait = mine.tryRecipient(citizen);
                        if (wait.isZero()) {
                            allowed.incrementAndGet();
                        } else {
                            assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(allowed.get()).isEqualTo(3);
        assertThat(refused.get()).isEqualTo(77);
        // another citizen is not held back by this one
        assertThat(b.tryRecipient(citizen + "1")).isZero();
    }

    @Test
    void aPauseAskedOfOneInstanceHoldsTheOther() {
        String number = "test-number-" + UUID.randomUUID();
        RateLimits a = instance(poolA, 80, Duration.ofSeconds(6), 6, number);
        RateLimits b = instance(poolB, 80, Duration.ofSeconds(6), 6, number);
        String citizen = "919811122233";
        a.pauseRecipient(citizen, Duration.ofMinutes(10));
        assertThat(b.tryRecipient(citizen)).isGreaterThan(Duration.ofMinutes(9));

        a.pauseBusiness(Duration.ofMinutes(10));
        SharedRateLimiter.Take take = new SharedRateLimiter(poolB).tryTake("whatsapp.business:" + number, RateLimitRule.Limit.perSecond(80));
        assertThat(take.granted()).isFalse();
        assertThat(take.waitDuration()).isGreaterThan(Duration.ofMinutes(9));
    }

    @Test
    void theStatementDecidesAsTheRuleSays() {
        SharedRateLimiter limiter = new SharedRateLimiter(poolA);
        Random random = new Random(20261206L);
        List<RateLimitRule.Limit> limits = List.of(RateLimitRule.Limit.perSecond(80), RateLimitRule.Limit.perSecond(7),
                RateLimitRule.Limit.oneEvery(Duration.ofSeconds(6), 6));
        for (RateLimitRule.Limit limit : limits) {
            String key = "test-agreement:" + UUID.randomUUID();
            Long tat = null;
            long now = 1_700_000_000_000_000L;
            for (int step = 0; step < 200; step++) {
                now += random.nextInt(4) == 0 ? random.nextLong(limit.intervalMicros() * 3) : random.nextLong(limit.intervalMicros() / 4 + 1);
                boolean reserve = random.nextInt(3) == 0;
                RateLimitRule.Decision expected = reserve ? RateLimitRule.reserve(tat, now, limit) : RateLimitRule.tryTake(tat, now, limit);
                SharedRateLimiter.Take got = limiter.takeAt(key, limit, reserve, now);
                assertThat(got).as("step %d of %s (reserve %s)", step, limit, reserve)
                        .isEqualTo(new SharedRateLimiter.Take(expected.granted(), expected.waitMicros(), now));
                tat = expected.tat();
            }
        }
    }

    @Test
    void fullBucketsArePurgedAndPausedOnesKept() throws SQLException {
        SharedRateLimiter limiter = new SharedRateLimiter(poolA);
        String old = "test-purge-old:" + UUID.randomUUID();
        String paused = "test-purge-paused:" + UUID.randomUUID();
        limiter.takeAt(old, RateLimitRule.Limit.perSecond(80), false, 1_000_000_000_000_000L); // in 2001: long full again
        limiter.pause(paused, RateLimitRule.Limit.perSecond(80), Duration.ofHours(1));
        assertThat(limiter.purge()).isPositive();
        assertThat(rowExists(old)).isFalse();
        assertThat(rowExists(paused)).isTrue();
    }

    private static boolean rowExists(String key) throws SQLException {
        try (Connection c = poolB.getConnection();
             PreparedStatement st = c.prepareStatement("select 1 from rate_limit_bucket where bucket = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
