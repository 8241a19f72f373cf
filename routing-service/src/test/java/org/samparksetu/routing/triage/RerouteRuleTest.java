package org.samparksetu.routing.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.routing.triage.RerouteRule.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the department a complaint is with, the one an operator asks for and how often it was moved before, when the
 * operator re-routes it, then it moves (and the count goes up), stays, or goes to the grievance cell after three.
 */
class RerouteRuleTest {

    @ParameterizedTest(name = "{0} -> {1} after {2} transfers: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # with      | asked for     | transfers before | verdict           | transfers after | reason says
            PHED        | JDVVNL        | 0                | TRANSFER          | 1               | transfer 1 of 3
            JDVVNL      | PHED          | 1                | TRANSFER          | 2               | transfer 2 of 3
            PHED        | PANCHAYATI_RAJ| 2                | TRANSFER          | 3               | transfer 3 of 3
            PANCHAYATI_RAJ | PWD        | 3                | TO_GRIEVANCE_CELL | 3               | transferred 3 times
            PWD         | REVENUE       | 5                | TO_GRIEVANCE_CELL | 5               | transferred 5 times
            PHED        | PHED          | 0                | SAME_DEPARTMENT   | 0               | already with PHED
            PHED        | phed          | 3                | SAME_DEPARTMENT   | 3               | already with PHED
            """)
    void movesStaysOrGoesToTheGrievanceCell(String with, String askedFor, int before, Verdict verdict, int after,
                                            String reason) {
        var outcome = RerouteRule.decide(with, askedFor, before);

        assertThat(outcome.verdict()).isEqualTo(verdict);
        assertThat(outcome.transfers()).isEqualTo(after);
        assertThat(outcome.reason()).isEqualTo(reason);
    }
}
