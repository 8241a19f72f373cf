package org.samparksetu.messaging.consumer;

import org.junit.jupiter.api.Test;
import org.samparksetu.messaging.codec.MalformedEventException;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given a record whose attempts fail in some way, when it is tried, then an outage is waited out and poison goes aside. */
class AttemptsTest {
    private final List<Duration> slept = new ArrayList<>();
    private final List<String> reported = new ArrayList<>();
    private final Attempts attempts = new Attempts(3, Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(10),
            slept::add);
    private final Attempts.Report report = new Attempts.Report() {
        @Override
        public void transientWait(Throwable fault, Duration wait, int waits) {
            reported.add("wait " + waits + " " + wait.toMillis());
        }

        @Override
        public void givenUp(String reason, RuntimeException failure) {
            reported.add("given up: " + reason);
        }
    };

    private static RuntimeException databaseDown() {
        return new RuntimeException(new SQLException("Connection refused", "08001"));
    }

    @Test
    void anOutageLongerThanAnyRetryCountIsWaitedOutWithACappedBackOffAndTheRecordIsHandled() {
        AtomicInteger calls = new AtomicInteger();
        String result = attempts.run(() -> {
            if (calls.incrementAndGet() <= 12) {
                throw databaseDown();
            }
            return "handled";
        }, report);
        assertThat(result).isEqualTo("handled");
        assertThat(reported).hasSize(12).noneMatch(r -> r.startsWith("given up"));
        assertThat(slept).startsWith(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600))
                .endsWith(Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(slept).allMatch(d -> d.compareTo(Duration.ofSeconds(10)) <= 0);
    }

    @Test
    void aFailureOfTheRecordIsTriedAgainThenGivenUpWithItsReason() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> attempts.run(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("department code missing");
        }, report)).hasMessage("department code missing");
        assertThat(calls).hasValue(4);
        assertThat(reported).containsExactly("given up: IllegalStateException");
        assertThat(slept).hasSize(3).allMatch(d -> d.toMillis() >= 100 && d.toMillis() <= 300);
    }

    @Test
    void aRecordThatCannotBeDecodedIsGivenUpAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> attempts.run(() -> {
            calls.incrementAndGet();
            throw new MalformedEventException("event is not a JSON object");
        }, report)).isInstanceOf(MalformedEventException.class);
        assertThat(calls).hasValue(1);
        assertThat(slept).isEmpty();
        assertThat(reported).containsExactly("given up: malformed");
    }

    @Test
    void waitingForTheDatabaseDoesNotUseUpTheRetriesOfTheRecord() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> attempts.run(() -> {
            int n = calls.incrementAndGet();
            throw n <= 5 ? databaseDown() : new IllegalArgumentException("unknown department");
        }, report)).hasMessage("unknown department");
        assertThat(calls).hasValue(5 + 4);
        assertThat(reported).filteredOn(r -> r.startsWith("wait")).hasSize(5);
        assertThat(reported).last().isEqualTo("given up: IllegalArgumentException");
    }
}
