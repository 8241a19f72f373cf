package org.samparksetu.verification.deadline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.verification.VerificationConfig;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Given the district's limits, when a complaint is at L1 or above, then the department's own time applies. */
class DeadlineLimitsTest {
    private static final VerificationConfig.Deadline JALORE = new VerificationConfig.Deadline() {
        public Duration defaultLimit() {
            return Duration.ofDays(30);
        }

        public Map<String, Duration> limits() {
            return Map.of("PHED", Duration.ofDays(15), "PHED.water-supply", Duration.ofDays(7));
        }

        public Duration levelLimit() {
            return Duration.ofDays(7);
        }

        public Map<String, Duration> levelLimits() {
            return Map.of("JDVVNL", Duration.ofDays(3));
        }

        public Duration remindBefore() {
            return Duration.ofDays(3);
        }
    };

    @ParameterizedTest(name = "{0} / {1}: L1 {2}, above L1 {3}")
    @CsvSource(nullValues = "-", value = {
            // drinking water: the district's shortest time at L1, the usual time above it
            "PHED,    water-supply, P7D,  P7D",
            "PHED,    hand-pump,    P15D, P7D",
            // electricity: the usual L1, officers above it have three days
            "JDVVNL,  power-cut,    P30D, P3D",
            // a department with no limits of its own, and one not known yet
            "PWD,     road,         P30D, P7D",
            "-,       -,            P30D, P7D"})
    void eachDepartmentHasItsOwnTime(String department, String subject, Duration atL1, Duration aboveL1) {
        assertThat(JALORE.limitFor(department, subject)).isEqualTo(atL1);
        assertThat(JALORE.levelLimitFor(department)).isEqualTo(aboveL1);
    }
}
