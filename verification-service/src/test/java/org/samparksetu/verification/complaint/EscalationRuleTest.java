package org.samparksetu.verification.complaint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a complaint at a level, when something moves it, then it is at this level (or may not move). */
class EscalationRuleTest {

    @ParameterizedTest(name = "given L{0}, when it is reopened, then L{1}")
    @CsvSource({
            "1, 2",  // the Patwari's fix was not real: the Tehsildar takes it
            "2, 3",
            "3, 4",
            "4, 4",  // already with the collector: it stays there
            "0, 2",  // a level never recorded counts as L1
    })
    void aReopeningMovesItOneLevelUpToL4(int level, int expected) {
        assertThat(EscalationRule.oneLevelUp(level)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "given L{0}, when its deadline passes, then {1}")
    @CsvSource(nullValues = "-", value = {
            "1, 2",
            "2, 3",
            "3, -",  // the clock alone never sends it to the collector
            "4, -",
    })
    void aMissedDeadlineMovesItUpToL3Only(int level, Integer expected) {
        assertThat(EscalationRule.onDeadlineMissed(level))
                .isEqualTo(expected == null ? OptionalInt.empty() : OptionalInt.of(expected));
    }

    @ParameterizedTest(name = "given L{0}, with the department {1}, when the collector escalates, then {2}")
    @CsvSource(nullValues = "-", value = {
            "3, true,  4",
            "3, false, -",  // being verified or closed: nothing for the department to do
            "2, true,  -",  // the clock has not brought it to L3 yet
            "4, true,  -",  // already there
    })
    void theCollectorTakesAnOpenComplaintFromL3ToL4(int level, boolean awaitsDepartment, Integer expected) {
        assertThat(EscalationRule.byCollector(level, awaitsDepartment))
                .isEqualTo(expected == null ? OptionalInt.empty() : OptionalInt.of(expected));
    }
}
