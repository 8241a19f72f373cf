package org.samparksetu.messaging.ratelimit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.samparksetu.messaging.ratelimit.RateLimitRule.Decision;
import org.samparksetu.messaging.ratelimit.RateLimitRule.Limit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Given the row's time (null: no row) and now, when a caller takes or reserves, then it is allowed or told how long to
 * wait, and the row moves as the table says. All in µs; the limits are the business number's (80/s), Meta's pair
 * limit (1 per 6 s, bursts of 6) and the portal's registrations (10/s).
 */
class RateLimitRuleTest {
    private static final Limit BUSINESS = Limit.perSecond(80);
    private static final Limit CITIZEN = Limit.oneEvery(Duration.ofSeconds(6), 6);
    private static final long NOW = 1_000_000_000L;

    static Stream<Arguments> tryTakes() {
        return Stream.of(
                //              case                                          limit     row tat              granted  row after            wait
                Arguments.of("no row: a full bucket",                        BUSINESS, null,                true,  NOW + 12_500,        0L),
                Arguments.of("row in the past: as full as no row",           BUSINESS, NOW - 5_000_000,     true,  NOW + 12_500,        0L),
                Arguments.of("row exactly now: allowed",                     BUSINESS, NOW,                 true,  NOW + 12_500,        0L),
                Arguments.of("one turn ahead: refused until then",           BUSINESS, NOW + 12_500,        false, NOW + 12_500,        12_500L),
                Arguments.of("1 µs ahead, no burst: refused for 1 µs",       BUSINESS, NOW + 1,             false, NOW + 1,             1L),
                Arguments.of("citizen, first message",                       CITIZEN,  null,                true,  NOW + 6_000_000,     0L),
                Arguments.of("citizen, 5 taken at once: the 6th allowed",    CITIZEN,  NOW + 30_000_000,    true,  NOW + 36_000_000,    0L),
                Arguments.of("citizen, 6 taken at once: the 7th waits 6 s",  CITIZEN,  NOW + 36_000_000,    false, NOW + 36_000_000,    6_000_000L),
                Arguments.of("citizen, paused a minute: waits it out",       CITIZEN,  NOW + 90_000_000,    false, NOW + 90_000_000,    60_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tryTakes")
    void aTakeIsAllowedWhileTheRowIsNoFurtherAheadThanTheBurst(String name, Limit limit, Long tat, boolean granted, long after, long wait) {
        Decision d = RateLimitRule.tryTake(tat, NOW, limit);
        assertThat(d).isEqualTo(new Decision(granted, after, wait));
        assertThat(RateLimitRule.readBack(d.granted(), d.tat(), NOW, limit)).as("what the SQL's returned row says").isEqualTo(d);
    }

    static Stream<Arguments> reservations() {
        return Stream.of(
                //              case                                     limit     row tat               row after             wait
                Arguments.of("free now: go at once",                    BUSINESS, null,                 NOW + 12_500,         0L),
                Arguments.of("two turns queued: the third",             BUSINESS, NOW + 25_000,         NOW + 37_500,         25_000L),
                Arguments.of("paused 2 s: after the pause",             BUSINESS, NOW + 2_000_000,      NOW + 2_012_500,      2_000_000L),
                Arguments.of("citizen within the burst: at once",       CITIZEN,  NOW + 12_000_000,     NOW + 18_000_000,     0L),
                Arguments.of("citizen past the burst: a turn later",    CITIZEN,  NOW + 36_000_000,     NOW + 42_000_000,     6_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reservations")
    void aReservationAlwaysTakesTheNextTurn(String name, Limit limit, Long tat, long after, long wait) {
        Decision d = RateLimitRule.reserve(tat, NOW, limit);
        assertThat(d).isEqualTo(new Decision(true, after, wait));
        assertThat(RateLimitRule.readBack(true, d.tat(), NOW, limit)).isEqualTo(d);
    }

    static Stream<Arguments> rates() {
        return Stream.of(
                //            rate  interval µs
                Arguments.of(80,   12_500L),
                Arguments.of(10,   100_000L),
                Arguments.of(30,   33_334L), // rounded up: 33,333 would let 31 into some second
                Arguments.of(7,    142_858L),
                Arguments.of(1000, 1_000L),
                Arguments.of(1,    1_000_000L));
    }

    @ParameterizedTest(name = "{0}/s")
    @MethodSource("rates")
    void noSecondEverHoldsMoreThanTheRate(int rate, long interval) {
        Limit limit = Limit.perSecond(rate);
        assertThat(limit).isEqualTo(new Limit(interval, 0));
        // callers asking every 100 µs for 3 s: count the grants in every one-second window that starts at a grant
        List<Long> grants = new ArrayList<>();
        Long tat = null;
        for (long t = NOW; t < NOW + 3_000_000; t += 100) {
            Decision d = RateLimitRule.tryTake(tat, t, limit);
            tat = d.tat();
            if (d.granted()) {
                grants.add(t);
            }
        }
        int most = 0;
        for (int i = 0, j = 0; i < grants.size(); i++) {
            while (grants.get(i) - grants.get(j) >= 1_000_000) {
                j++;
            }
            most = Math.max(most, i - j + 1);
        }
        assertThat(most).isEqualTo(rate);
    }

    @Test
    void withASecondsBurstTheRateHoldsOverTimeAndASecondHoldsAtMostTwice() {
        Limit limit = Limit.perSecondWithBurst(10);
        assertThat(limit).isEqualTo(new Limit(100_000, 900_000));
        Long tat = null;
        int first = 0;
        for (int i = 0; i < 30; i++) { // a quiet portal: ten at once, then no more at that instant
            Decision d = RateLimitRule.tryTake(tat, NOW, limit);
            tat = d.tat();
            first += d.granted() ? 1 : 0;
        }
        assertThat(first).isEqualTo(10);
        int total = first;
        for (long t = NOW + 1_000; t < NOW + 10_000_000; t += 1_000) { // then callers asking every millisecond for 10 s
            Decision d = RateLimitRule.tryTake(tat, t, limit);
            tat = d.tat();
            total += d.granted() ? 1 : 0;
        }
        assertThat(total).isEqualTo(10 + 99); // the burst, then 10 a second
    }

    @Test
    void aCitizenGetsABurstThenOneEverySixSeconds() {
        Long tat = null;
        for (int i = 0; i < 6; i++) {
            Decision d = RateLimitRule.tryTake(tat, NOW, CITIZEN);
            assertThat(d.granted()).as("message %d of the burst", i + 1).isTrue();
            tat = d.tat();
        }
        Decision seventh = RateLimitRule.tryTake(tat, NOW, CITIZEN);
        assertThat(seventh.granted()).isFalse();
        assertThat(seventh.waitMicros()).isEqualTo(6_000_000);
        assertThat(RateLimitRule.tryTake(tat, NOW + 5_999_999, CITIZEN).granted()).isFalse();
        assertThat(RateLimitRule.tryTake(tat, NOW + 6_000_000, CITIZEN).granted()).isTrue();
    }

    static Stream<Arguments> pauses() {
        return Stream.of(
                //            case                                    limit     row tat              pause µs     row after
                Arguments.of("no row: empty at the end of the pause", BUSINESS, null,                2_000_000L,  NOW + 2_000_000),
                Arguments.of("citizen: empty after, so no burst",     CITIZEN,  NOW + 6_000_000,     1_000_000L,  NOW + 31_000_000),
                Arguments.of("a longer pause already in force stays", BUSINESS, NOW + 9_000_000,     2_000_000L,  NOW + 9_000_000),
                Arguments.of("a negative pause is none",              BUSINESS, null,                -5L,         NOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pauses")
    void aPauseLetsNothingThroughUntilItEnds(String name, Limit limit, Long tat, long pause, long after) {
        long paused = RateLimitRule.pause(tat, NOW, pause, limit);
        assertThat(paused).isEqualTo(after);
        if (pause > 0 && tat == null) {
            assertThat(RateLimitRule.tryTake(paused, NOW + pause - 1, limit).granted()).isFalse();
            assertThat(RateLimitRule.tryTake(paused, NOW + pause, limit).granted()).isTrue();
        }
    }

    @Test
    void aRowWhoseTimeHasPassedCanBeForgotten() {
        assertThat(RateLimitRule.forgettable(NOW - 1, NOW)).isTrue();
        assertThat(RateLimitRule.forgettable(NOW, NOW)).isTrue();
        assertThat(RateLimitRule.forgettable(NOW + 1, NOW)).isFalse();
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThatThrownBy(() -> Limit.perSecond(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limit.oneEvery(Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limit.oneEvery(Duration.ofSeconds(6), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
