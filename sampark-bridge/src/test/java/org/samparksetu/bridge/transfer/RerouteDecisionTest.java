package org.samparksetu.bridge.transfer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a complaint.routed for a complaint the bridge already has does to its Sampark registration. */
class RerouteDecisionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # given                                                                      | state      | withdrawn | entry    | with now | routed to | seen | event count | portal shows (move pending) | move sent | then
            hand pump complaint re-routed PHED -> PWD while the portal was down          | PENDING    | false     | API      | PHED     | PWD       | 0    | 1           | -    | false | RETARGET_REGISTRATION
            reopened complaint waiting to be registered again, re-routed                 | PENDING    | false     | OPERATOR | PHED     | LSG       | 1    | 2           | -    | false | RETARGET_REGISTRATION
            drain complaint registered with PHED, grievance cell moves it to LSG (API)   | REGISTERED | false     | API      | PHED     | LSG       | 0    | 1           | -    | false | TRANSFER_BY_API
            same in Jalore's operator mode: the Sampark Kendra operator moves it         | REGISTERED | false     | OPERATOR | PHED     | LSG       | 0    | 1           | -    | false | TRANSFER_BY_OPERATOR
            routing before counting re-routes: no count, department differs              | REGISTERED | false     | API      | PHED     | LSG       | 0    | -           | -    | false | TRANSFER_BY_API
            the same re-route published again                                            | REGISTERED | false     | API      | LSG      | LSG       | 1    | 1           | PHED | true  | SAME_DEPARTMENT
            the first routing published again after nothing changed                      | REGISTERED | false     | API      | PHED     | PHED      | 0    | 0           | -    | false | SAME_DEPARTMENT
            the first routing (to PHED) published again after the move to LSG            | REGISTERED | false     | API      | LSG      | PHED      | 1    | 0           | -    | false | IGNORE_STALE
            the first routing, from a routing that sent no count, after the move         | REGISTERED | false     | API      | LSG      | PHED      | 1    | -           | -    | false | IGNORE_STALE
            moved to LSG, then on to PWD before the portal call went out                 | REGISTERED | false     | API      | LSG      | PWD       | 1    | 2           | PHED | false | RETARGET_TRANSFER
            moved to LSG, operator has not done it yet, moved on to PWD                  | REGISTERED | false     | OPERATOR | LSG      | PWD       | 1    | 2           | PHED | false | RETARGET_TRANSFER
            moved to LSG, then back to PHED before the portal call went out              | REGISTERED | false     | API      | LSG      | PHED      | 1    | 2           | PHED | false | CANCEL_TRANSFER
            moved to LSG, call sent but unanswered, then back to PHED: confirm it there  | REGISTERED | false     | API      | LSG      | PHED      | 1    | 2           | PHED | true  | RETARGET_TRANSFER
            operator's move to LSG not done, routed back to PHED: the task goes          | REGISTERED | false     | OPERATOR | LSG      | PHED      | 1    | 2           | PHED | false | CANCEL_TRANSFER
            citizen withdrew it before registration                                      | WITHDRAWN  | true      | API      | PHED     | PWD       | 0    | 1           | -    | false | IGNORE_WITHDRAWN
            citizen withdrew a registered complaint (still to be closed on the portal)   | REGISTERED | true      | API      | PHED     | PWD       | 0    | 1           | -    | false | IGNORE_WITHDRAWN
            """)
    void whatARoutedComplaintRoutedAgainDoes(String given, String state, boolean withdrawn, String entryMode,
                                             String department, String routedTo, int seen, Integer eventCount,
                                             String pendingFrom, boolean pendingSent, RerouteDecision.Action then) {
        assertThat(RerouteDecision.decide(new RerouteDecision.Situation(state, withdrawn, entryMode, department, routedTo,
                seen, eventCount, pendingFrom, pendingSent))).isEqualTo(then);
    }

    @Test
    void theReasonIsTheGrievanceCellsOwnWordsElseWhoReRoutedIt() {
        assertThat(RerouteDecision.reason("cell-jalore", List.of("operator: नाली नगर पालिका क्षेत्र में है"), "LSG"))
                .isEqualTo("नाली नगर पालिका क्षेत्र में है");
        assertThat(RerouteDecision.reason("cell-jalore", List.of("paani", "nali"), "LSG"))
                .isEqualTo("re-routed to LSG by cell-jalore");
        assertThat(RerouteDecision.reason(null, null, "PWD")).isEqualTo("re-routed to PWD");
        String tooLong = RerouteDecision.reason("cell", List.of("operator: " + "क".repeat(600)), "PWD");
        assertThat(tooLong.codePointCount(0, tooLong.length())).isEqualTo(RerouteDecision.REASON_MAX);
        assertThat(tooLong).endsWith("…");
    }
}
