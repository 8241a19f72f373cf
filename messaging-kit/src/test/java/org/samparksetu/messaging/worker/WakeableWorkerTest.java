package org.samparksetu.messaging.worker;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay, the registrar, the sender and the webhook filers each run on one such thread: whatever one round
 * throws (an OutOfMemoryError from one oversized item included) is reported and the rounds go on, so one bad item
 * never stops the work behind it.
 */
class WakeableWorkerTest {

    @Test
    void aRoundThatThrowsAnErrorIsReportedAndTheNextRoundsStillRun() {
        AtomicInteger rounds = new AtomicInteger();
        List<RuntimeException> reported = new CopyOnWriteArrayList<>();
        WakeableWorker worker = new WakeableWorker("test-worker", () -> {
            int n = rounds.incrementAndGet();
            if (n == 1) {
                throw new OutOfMemoryError("Java heap space (one oversized media file)");
            }
            if (n == 2) {
                throw new IllegalStateException("the database went away");
            }
            return 0;
        }, 10, Duration.ofMillis(50), reported::add);
        worker.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 4);
            assertThat(reported).hasSize(2);
            assertThat(reported.get(0)).hasCauseInstanceOf(OutOfMemoryError.class)
                    .hasMessageContaining("Java heap space");
            assertThat(reported.get(1)).hasMessage("the database went away");
        } finally {
            worker.stop(Duration.ofSeconds(2));
        }
    }

    @Test
    void aWakeRunsTheNextRoundBeforeTheIdleIntervalEnds() {
        AtomicInteger rounds = new AtomicInteger();
        WakeableWorker worker = new WakeableWorker("test-worker", rounds::incrementAndGet, 1_000, Duration.ofMinutes(10),
                e -> { });
        worker.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 1);
            worker.wake();
            await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);
        } finally {
            worker.stop(Duration.ofSeconds(2));
        }
    }
}
