package org.samparksetu.intake.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Given a complaint being put together (its first message, its first words or media, its latest part), when is it
 * complete? Seconds after 10:00:00; quiet 20 s, cap 90 s, a pin alone waits 600 s unless the case says otherwise.
 */
class AssemblyWindowTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                | quiet | cap | pin wait | first | words | last | complete at
            a single text: complete after the quiet period         | 20    | 90  | 600      | 0     | 0     | 0    | 20
            text, then a photo 10 s later: quiet counts again      | 20    | 90  | 600      | 0     | 0     | 10   | 30
            an album trickling in for a minute                      | 20    | 90  | 600      | 0     | 0     | 60   | 80
            parts every 15 s never let it go quiet: the cap holds   | 20    | 90  | 600      | 0     | 0     | 85   | 90
            quiet longer than the cap: the cap wins                 | 120   | 90  | 600      | 0     | 0     | 0    | 90
            a pin alone waits for the words                         | 20    | 90  | 600      | 0     | -     | 0    | 600
            a second pin does not extend the wait                   | 20    | 90  | 600      | 0     | -     | 120  | 600
            words 5 minutes after the pin: quiet after the words    | 20    | 90  | 600      | 0     | 300   | 300  | 320
            after the pin's words the cap counts from the words     | 20    | 90  | 600      | 0     | 300   | 385  | 390
            a pin within the window of a text changes nothing       | 20    | 90  | 600      | 0     | 0     | 40   | 60
            a short district setting: quiet 5 s, cap 30 s           | 5     | 30  | 120      | 0     | 0     | 28   | 30
            no quiet period: complete with the last part            | 0     | 90  | 600      | 0     | 0     | 12   | 12
            """)
    void completesAfterTheQuietPeriodCappedFromTheFirstWords(String situation, long quiet, long cap, long pinWait,
                                                              long first, Long words, long last, long completeAt) {
        var window = new AssemblyWindow(Duration.ofSeconds(quiet), Duration.ofSeconds(cap), Duration.ofSeconds(pinWait));
        assertThat(window.closesAt(T0.plusSeconds(first), words == null ? null : T0.plusSeconds(words), T0.plusSeconds(last)))
                .as(situation).isEqualTo(T0.plusSeconds(completeAt));
    }

    @Test
    void aZeroWindowDoesNotAssembleAtAll() {
        assertThat(new AssemblyWindow(Duration.ofSeconds(20), Duration.ZERO, Duration.ofMinutes(10)).assembles()).isFalse();
        assertThat(new AssemblyWindow(Duration.ofSeconds(20), Duration.ofSeconds(90), Duration.ofMinutes(10)).assembles()).isTrue();
    }

    @Test
    void negativeDurationsAreRefused() {
        assertThatThrownBy(() -> new AssemblyWindow(Duration.ofSeconds(-1), Duration.ofSeconds(90), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
