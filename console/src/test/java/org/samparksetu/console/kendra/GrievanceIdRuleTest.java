package org.samparksetu.console.kendra;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GrievanceIdRuleTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "-", value = {
        "0315127000636,        0315127000636",
        "03151270006361,       03151270006361",
        "' 0315127000636 ',    0315127000636",
        "'0315 1270 00636',    0315127000636",
        "031512700063,         -",
        "031512700063612,      -",
        "03151AB,              -",
        "0315-127000636,       -",
        "'',                   -",
        "-,                    -",
        "'0315127000636 0315127000636 0315127000636', -",
    })
    void aGrievanceIdIsTheThirteenOrFourteenDigitsThePortalShowed(String typed, String sent) {
        assertThat(GrievanceIdRule.check(typed)).isEqualTo(sent);
    }
}
