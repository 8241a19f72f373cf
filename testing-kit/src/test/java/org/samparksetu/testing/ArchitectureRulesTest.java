package org.samparksetu.testing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule that keeps services apart takes the other services from the service table. */
class ArchitectureRulesTest {
    private static final ServiceTable TABLE = ServiceTable.parse(List.of(
            "jvm -Xmx256m",
            "intake-service 8081 intake org.samparksetu.intake",
            "sampark-bridge 8083 sampark_bridge org.samparksetu.bridge",
            "billing-service 8086 billing org.samparksetu.billing"), "services.txt");

    @Test
    void aServiceMayImportNoOtherServiceOfTheTable() {
        String rule = ArchitectureRules.noOtherServiceIsImported("bridge", TABLE).getDescription();
        assertThat(rule).contains("'org.samparksetu.bridge..'")
                .contains("'org.samparksetu.intake..'", "'org.samparksetu.billing..'");
        assertThat(rule.substring(rule.indexOf("depend on"))).doesNotContain("org.samparksetu.bridge");
    }

    @Test
    void aServiceMissingFromTheTableIsRefusedRatherThanCheckedAgainstEveryone() {
        assertThatThrownBy(() -> ArchitectureRules.noOtherServiceIsImported("routing", TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.samparksetu.routing is no service's package in deploy/services.txt");
    }

    /** Each service's ArchitectureTest names its package's last part; the repository's table must know all five. */
    @Test
    void theRepositoryTableKnowsEveryServiceTheArchitectureTestsName() {
        for (String service : List.of("intake", "routing", "bridge", "verification", "notification")) {
            assertThatCode(() -> ArchitectureRules.noOtherServiceIsImported(service)).as(service).doesNotThrowAnyException();
        }
    }
}
