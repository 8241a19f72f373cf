package org.samparksetu.console.ops;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                                                         | max | shown
        "no citizen for 919876543210 in the inbox                       | 300 | no citizen for 91*******210 in the inbox",
        "wa 919876543210 and 919812345678                               | 300 | wa 91*******210 and 91*******678",
        "JAL-2026-000123 could not be routed                            | 300 | JAL-2026-000123 could not be routed",
        "offset 1234567 is short enough to stay                         | 300 | offset 1234567 is short enough to stay",
        "12345678                                                       | 300 | 12***678",
        "a long reason that goes on                                     | 10  | a long re…",
        "-                                                              | 300 | -",
    })
    void numbersAreMaskedAndLongTextIsCut(String text, int max, String shown) {
        assertThat(RedactionRule.redact(text == null ? null : text.strip(), max)).isEqualTo(shown);
    }
}
