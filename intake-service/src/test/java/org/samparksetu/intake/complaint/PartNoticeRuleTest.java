package org.samparksetu.intake.complaint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given what the citizen was already told about a complaint being put together, when another message joins it, is
 * the citizen told "added to JAL-…"? Quiet period 20 s; times in seconds after the last notice.
 */
class PartNoticeRuleTest {
    private static final Instant LAST_TOLD = Instant.parse("2026-12-06T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                  | told types       | joining  | seconds after last notice | told?
            a photo after the text                                   | text             | image    | 2    | true
            the second photo of the album, a second later            | text image       | image    | 1    | false
            the tenth photo of the album                             | text image       | image    | 8    | false
            a photo album opened the complaint: the rest are silent  | image            | image    | 1    | false
            a pin after the photos                                   | text image       | location | 3    | true
            a voice note after the text                              | text             | audio    | 5    | true
            one more sentence right after the first                  | text             | text     | 4    | false
            one more sentence after a quiet period of its own        | text             | text     | 20   | true
            more photos half a minute after the last notice          | text image       | image    | 30   | true
            the words after a pin alone get their own notice         | location         | text     | 60   | true
            a document after a photo                                 | image            | document | 1    | true
            """)
    void onceForEachKindAndAtMostOncePerQuietPeriod(String situation, String told, String joining, long after,
                                                     boolean tell) {
        Set<String> toldTypes = Arrays.stream(told.trim().split("\\s+")).collect(Collectors.toSet());
        assertThat(PartNoticeRule.tell(joining, toldTypes, LAST_TOLD, LAST_TOLD.plusSeconds(after), Duration.ofSeconds(20)))
                .as(situation).isEqualTo(tell);
    }

    @ParameterizedTest
    @CsvSource({"text", "image"})
    void neverToldBeforeIsTold(String joining) {
        assertThat(PartNoticeRule.tell(joining, Set.of(joining), null, LAST_TOLD, Duration.ofSeconds(20))).isTrue();
    }
}
