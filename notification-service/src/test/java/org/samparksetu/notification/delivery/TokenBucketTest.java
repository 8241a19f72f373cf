package org.samparksetu.notification.delivery;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private void advance(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aCitizenGetsABurstThenOneMessageEverySixSeconds() {
        TokenBucket b = new TokenBucket(3, 1.0 / 6, clock::get);
        assertThat(b.tryTake()).isZero();
        assertThat(b.tryTake()).isZero();
        assertThat(b.tryTake()).isZero();
        long wait = b.tryTake();
        assertThat(TimeUnit.NANOSECONDS.toMillis(wait)).isBetween(5_990L, 6_000L);
        advance(5_000);
        assertThat(b.tryTake()).isPositive();
        advance(1_000);
        assertThat(b.tryTake()).isZero();
        assertThat(b.tryTake()).isPositive();
    }

    @Test
    void theBusinessNumberNeverExceedsItsRateOverASecond() {
        TokenBucket b = new TokenBucket(80, 80, clock::get);
        int sent = 0;
        for (int ms = 0; ms < 1_000; ms++) {
            while (b.tryTake() == 0) {
                sent++;
            }
            advance(1);
        }
        // the initial burst of 80 plus 80 refilled during the second
        assertThat(sent).isBetween(159, 160);
    }

    @Test
    void aPauseStopsEverythingUntilItEnds() {
        TokenBucket b = new TokenBucket(10, 10, clock::get);
        b.pause(TimeUnit.SECONDS.toNanos(2));
        assertThat(TimeUnit.NANOSECONDS.toMillis(b.tryTake())).isEqualTo(2_000);
        advance(1_999);
        assertThat(b.tryTake()).isPositive();
        advance(1);
        assertThat(b.tryTake()).isZero();
        assertThat(b.idle()).isFalse();
        advance(10_000);
        assertThat(b.idle()).isTrue();
    }
}
