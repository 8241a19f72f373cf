package org.samparksetu.console.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationRuleTest {

    @ParameterizedTest(name = "{0} -> {1}, lands on {2}")
    @CsvSource({
        // roles (space-separated),       pages,       landing
        "ops,                             HOME OPS,    OPS",
        "ops operator grievance-cell,     HOME CELL INTAKE BLOCKLIST OPS,    CELL",
        "operator sampark-kendra,         HOME KENDRA INTAKE,  KENDRA",
        "verifier,                        HOME FIELD,  FIELD",
        "officer department:PHED,         HOME OFFICER,  OFFICER",
        "collector,                       HOME COLLECTOR,  COLLECTOR",
        "evidence-officer,                HOME EVIDENCE,  EVIDENCE",
        "operator,                        HOME,        HOME",   // the services' operator role alone opens no page
        "'',                              HOME,        HOME",
        "OPS,                             HOME,        HOME",   // role names are exact
    })
    void aPersonSeesThePagesTheirRolesOpen(String roles, String pages, NavigationRule.Page landing) {
        Set<String> held = Arrays.stream(roles.split(" ")).filter(r -> !r.isBlank()).collect(Collectors.toSet());

        assertThat(NavigationRule.pagesFor(held).stream().map(Enum::name).collect(Collectors.joining(" ")))
                .isEqualTo(pages);
        assertThat(NavigationRule.landing(held)).isEqualTo(landing);
    }
}
