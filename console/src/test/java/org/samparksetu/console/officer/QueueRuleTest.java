package org.samparksetu.console.officer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class QueueRuleTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    record C(String complaintId, String state, int escalationLevel, Instant registeredAt, Instant dueAt)
            implements QueueRule.Queued {
    }

    /** "A:L2:-5:10:REGISTERED" = complaint A at L2, due 5 hours ago ("-" none), registered 10 days ago, in that state. */
    private static C parse(String spec) {
        String[] p = spec.split(":");
        Instant due = p[2].equals("-") ? null : NOW.plus(Duration.ofHours(Long.parseLong(p[2])));
        return new C(p[0], p[4], Integer.parseInt(p[1].substring(1)), NOW.minus(Duration.ofDays(Long.parseLong(p[3]))), due);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // complaints (id:level:due in hours:age in days:state)           | order shown
        "A:L1:30:2:REGISTERED B:L1:-1:1:REGISTERED                          | B A",     // overdue before in time
        "A:L1:-30:9:REGISTERED B:L3:-1:1:REGISTERED                         | B A",     // among overdue: higher level first
        "A:L2:-3:2:REGISTERED B:L2:-30:1:REGISTERED                         | B A",     // same level: most overdue first
        "A:L4:50:1:REGISTERED B:L1:5:1:REGISTERED                           | A B",     // in time: the collector's level first
        "A:L1:5:1:REGISTERED B:L1:5:8:REGISTERED                            | B A",     // same deadline: the older first
        "A:L1:-:1:VERIFYING B:L1:5:1:REGISTERED                             | B A",     // no clock: after those with one
        "A:L1:-1:1:CLOSED B:L1:5:1:REOPENED C:L1:5:2:WITHDRAWN              | B",       // nothing left to do: not listed
        "A:L1:5:1:REGISTERED A2:L1:5:1:REGISTERED                           | A A2",    // a tie: by number, stable
    })
    void theMostUrgentComplaintComesFirst(String complaints, String expected) {
        List<C> given = new ArrayList<>();
        for (String spec : complaints.strip().split("\\s+")) {
            given.add(parse(spec));
        }
        assertThat(QueueRule.order(given, NOW).stream().map(C::complaintId).collect(Collectors.joining(" ")))
                .isEqualTo(expected.strip());
    }
}
