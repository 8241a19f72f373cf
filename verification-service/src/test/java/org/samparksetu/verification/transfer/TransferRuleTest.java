package org.samparksetu.verification.transfer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.transfer.TransferRule.Kind;
import org.samparksetu.verification.transfer.TransferRule.Move;
import org.samparksetu.verification.transfer.TransferRule.OpenCheck;
import org.samparksetu.verification.transfer.TransferRule.Standing;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given where the complaint stands, when Sampark moves it to another department, then this. The new department's L1
 * limit is 15 days, a level's 7; the first 2 transfers give a fresh clock. "Now" is 10 March 2026, 09:30 UTC.
 */
class TransferRuleTest {
    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                          | state      | level | due                  | seen | open check     | transfer | kind            | cancels | state after | level after | due after
            PHED had it 10 days, it is JDVVNL's: fresh L1 clock               | REGISTERED | 1     | 2026-03-30T09:30:00Z | 0    | NONE           | 1        | FRESH_CLOCK     | false   | REGISTERED  | 1           | 2026-03-25T09:30:00Z
            overdue at L2 with the wrong department: the new one starts at L1 | REGISTERED | 2     | 2026-03-12T09:30:00Z | 0    | NONE           | 1        | FRESH_CLOCK     | false   | REGISTERED  | 1           | 2026-03-25T09:30:00Z
            old department's fix being verified: cancelled, fresh clock       | VERIFYING  | 1     | -                    | 0    | OLD_DEPARTMENT | 1        | FRESH_CLOCK     | true    | REGISTERED  | 1           | 2026-03-25T09:30:00Z
            old department's rejection offered for appeal: cancelled          | VERIFYING  | 2     | -                    | 1    | OLD_DEPARTMENT | 2        | FRESH_CLOCK     | true    | REGISTERED  | 1           | 2026-03-25T09:30:00Z
            reopened at L2, moved: fresh clock from L1                        | REOPENED   | 2     | 2026-03-14T09:30:00Z | 0    | NONE           | 1        | FRESH_CLOCK     | false   | REGISTERED  | 1           | 2026-03-25T09:30:00Z
            third move: the clock keeps running at its level                  | REGISTERED | 2     | 2026-03-14T09:30:00Z | 2    | NONE           | 3        | CLOCK_RUNS_ON   | false   | REGISTERED  | 2           | 2026-03-14T09:30:00Z
            third move while the old one's report is verified: a level limit  | VERIFYING  | 1     | -                    | 2    | OLD_DEPARTMENT | 3        | CLOCK_RUNS_ON   | true    | REGISTERED  | 1           | 2026-03-17T09:30:00Z
            the new department's report came first: left to be verified       | VERIFYING  | 1     | -                    | 0    | NEW_DEPARTMENT | 1        | BEING_VERIFIED  | false   | VERIFYING   | 1           | -
            closed before the transfer arrived: stays closed                  | CLOSED     | 1     | -                    | 0    | NONE           | 1        | FINISHED        | false   | CLOSED      | 1           | -
            withdrawn by the citizen: stays withdrawn                         | WITHDRAWN  | 1     | -                    | 0    | NONE           | 1        | FINISHED        | false   | WITHDRAWN   | 1           | -
            the same transfer again: nothing                                  | REGISTERED | 1     | 2026-03-25T09:30:00Z | 1    | NONE           | 1        | ALREADY_APPLIED | false   | REGISTERED  | 1           | 2026-03-25T09:30:00Z
            an older transfer arriving late: nothing                          | REGISTERED | 1     | 2026-03-25T09:30:00Z | 2    | NONE           | 1        | ALREADY_APPLIED | false   | REGISTERED  | 1           | 2026-03-25T09:30:00Z
            """)
    void givenAComplaintWhenSamparkMovesItToAnotherDepartment(String situation, ComplaintState state, int level,
                                                              Instant due, int seen, OpenCheck open, int transfer,
                                                              Kind kind, boolean cancels, ComplaintState stateAfter,
                                                              int levelAfter, Instant dueAfter) {
        Move move = TransferRule.onTransfer(new Standing(state, level, due, seen, open), transfer, 2,
                Duration.ofDays(15), Duration.ofDays(7), NOW);

        assertThat(move).as(situation).isEqualTo(new Move(kind, cancels, stateAfter, levelAfter, dueAfter));
        assertThat(move.changesDepartment()).as(situation)
                .isEqualTo(kind != Kind.FINISHED && kind != Kind.ALREADY_APPLIED);
    }
}
