package org.samparksetu.bridge.actionreport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may file an action-taken report on a complaint, before, during and after its move to another department. */
class ReportRightsRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # given                                                                  | complaint with | move pending | reporter acts for | then
            PHED reports on its own hand pump complaint                              | PHED           | false        | PHED              | FILE
            PWD's system reports on a PHED complaint                                 | PHED           | false        | PWD               | REFUSED
            re-routed PHED -> LSG, PHED files False Case before the portal move      | LSG            | true         | PHED              | REFUSED
            re-routed PHED -> LSG, PHED files False Case after the move              | LSG            | false        | PHED              | REFUSED
            re-routed PHED -> LSG, LSG reports before the grievance moved            | LSG            | true         | LSG               | WAIT_FOR_TRANSFER
            re-routed PHED -> LSG, LSG reports after the move                        | LSG            | false        | LSG               | FILE
            a district officer acting for PHED and LSG, after the move               | LSG            | false        | PHED;LSG          | FILE
            """)
    void whoMayReport(String given, String departmentNow, boolean movePending, String actsFor, ReportRightsRule.Right then) {
        assertThat(ReportRightsRule.decide(departmentNow, movePending, Set.of(actsFor.split(";")))).isEqualTo(then);
    }

    @Test
    void theRefusalNamesTheDepartmentTheComplaintIsWithNow() {
        assertThat(ReportRightsRule.refusal("JAL-2026-000123", "LSG", "Local Self Government", List.of("PHED")))
                .contains("JAL-2026-000123").contains("with LSG (Local Self Government) now").contains("you act for PHED");
    }
}
