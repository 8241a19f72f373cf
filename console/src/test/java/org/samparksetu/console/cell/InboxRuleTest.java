package org.samparksetu.console.cell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InboxRuleTest {
    record Item(String reference, Instant waitingSince) implements InboxRule.Waiting {
    }

    /** "JAL-1@10:00" is JAL-1 waiting since 10:00 today; "JAL-1@-" has no time. */
    private static List<Item> items(String list) {
        return Arrays.stream(list.split(" ")).map(s -> {
            String[] p = s.split("@");
            return new Item(p[0], p[1].equals("-") ? null : Instant.parse("2026-12-06T" + p[1] + ":00Z"));
        }).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // items as the service answered                  | shown
        "JAL-3@11:00 JAL-1@09:00 JAL-2@10:00               | JAL-1 JAL-2 JAL-3",
        "JAL-1@10:00                                        | JAL-1",
        // the same time: by reference, so a reload keeps the order
        "JAL-9@10:00 JAL-4@10:00                            | JAL-4 JAL-9",
        // no time: last
        "JAL-1@- JAL-2@12:00 JAL-3@08:00                    | JAL-3 JAL-2 JAL-1",
    })
    void theLongestWaitComesFirst(String given, String shown) {
        assertThat(InboxRule.oldestFirst(items(given.strip())).stream().map(Item::reference).toList())
                .containsExactly(shown.strip().split(" "));
    }

    @ParameterizedTest(name = "asked {0}, oldest {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // asked         | each section's longest wait (section@time)             | opens
        "transcription   | TRIAGE@08:00                                           | TRANSCRIPTION",
        "field-checks    | -                                                      | FIELD_CHECKS",
        "deliveries      | -                                                      | DELIVERIES",
        // nothing asked: the section with the longest wait of all
        "-               | TRIAGE@10:00 QUARANTINE@07:00 DELIVERIES@09:00         | QUARANTINE",
        "-               | TRANSCRIPTION@10:00                                    | TRANSCRIPTION",
        // an unknown or hostile tab is not obeyed
        "<script>        | FIELD_CHECKS@09:00                                     | FIELD_CHECKS",
        "TRIAGE          | DELIVERIES@09:00                                       | DELIVERIES",
        // nothing waits anywhere: triage
        "-               | -                                                      | TRIAGE",
    })
    void theOpenSectionIsTheOneAskedOrTheOldestWork(String asked, String oldest, InboxRule.Section opens) {
        Map<InboxRule.Section, Instant> map = new EnumMap<>(InboxRule.Section.class);
        if (oldest != null) {
            for (String s : oldest.strip().split(" +")) {
                String[] p = s.split("@");
                map.put(InboxRule.Section.valueOf(p[0]), Instant.parse("2026-12-06T" + p[1] + ":00Z"));
            }
        }
        assertThat(InboxRule.open(asked == null ? null : asked.strip(), map)).isEqualTo(opens);
    }
}
