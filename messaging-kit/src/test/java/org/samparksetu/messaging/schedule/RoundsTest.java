package org.samparksetu.messaging.schedule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given a moment and a job's interval, the round it falls in: the same for every instance that reads the same clock. */
class RoundsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // what                                              epoch millis                       interval                 round
                Arguments.of("the epoch starts round 0", 0L, Duration.ofSeconds(1), 0L),
                Arguments.of("the last millisecond of round 0", 999L, Duration.ofSeconds(1), 0L),
                Arguments.of("the first millisecond of round 1", 1_000L, Duration.ofSeconds(1), 1L),
                Arguments.of("a 200 ms sweep (the tests' setting)", 1_399L, Duration.ofMillis(200), 6L),
                Arguments.of("a one-second deadline tick in 2026", millis("2026-12-06T19:15:02.500Z"), Duration.ofSeconds(1), 1_796_584_502L),
                Arguments.of("the same second, a moment later", millis("2026-12-06T19:15:02.999Z"), Duration.ofSeconds(1), 1_796_584_502L),
                Arguments.of("the next second", millis("2026-12-06T19:15:03Z"), Duration.ofSeconds(1), 1_796_584_503L),
                Arguments.of("a minute's tick, anywhere in the minute", millis("2026-12-06T19:15:59.999Z"), Duration.ofMinutes(1), 29_943_075L),
                Arguments.of("six-hourly retention, the day's third run", millis("2026-12-06T12:00:00Z"), Duration.ofHours(6), 83_174L),
                Arguments.of("six-hourly retention, just before it", millis("2026-12-06T11:59:59.999Z"), Duration.ofHours(6), 83_173L),
                Arguments.of("before the epoch rounds down, not toward zero", -1L, Duration.ofSeconds(1), -1L),
                Arguments.of("a 1 ms interval: every millisecond its round", 123_456L, Duration.ofMillis(1), 123_456L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMomentFallsInOneRound(String what, long epochMillis, Duration interval, long round) {
        assertThat(Rounds.of(epochMillis, interval)).isEqualTo(round);
        // and the round holds the moment: it starts at or before it, and the next one after it
        assertThat(Rounds.start(round, interval)).isLessThanOrEqualTo(epochMillis);
        assertThat(Rounds.start(round + 1, interval)).isGreaterThan(epochMillis);
    }

    static Stream<Arguments> noRound() {
        return Stream.of(
                Arguments.of("zero", Duration.ZERO),
                Arguments.of("under a millisecond", Duration.ofNanos(999_999)),
                Arguments.of("negative", Duration.ofSeconds(-1)),
                Arguments.of("none", null));
    }

    @ParameterizedTest(name = "an interval of {0} has no rounds")
    @MethodSource("noRound")
    void anIntervalUnderAMillisecondIsRefused(String what, Duration interval) {
        assertThatThrownBy(() -> Rounds.of(1_000L, interval)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 ms");
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }
}
