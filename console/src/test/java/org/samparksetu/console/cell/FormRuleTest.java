package org.samparksetu.console.cell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormRuleTest {

    @ParameterizedTest(name = "[{0}] max {1} required {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // value                       | max | required | problem
        "हैंडपंप खराब है               | 500 | true     | NONE",
        "-                             | 500 | true     | MISSING",
        "'   '                         | 500 | true     | MISSING",
        "-                             | 500 | false    | NONE",
        "''                            | 500 | false    | NONE",
        "abcde                         | 5   | true     | NONE",
        "abcdef                        | 5   | true     | TOO_LONG",
        "abcdef                        | 5   | false    | TOO_LONG",
        // spaces around do not count: the service keeps the text stripped
        "'  abcde  '                   | 5   | true     | NONE",
    })
    void aFieldMustSaySomethingWhenRequiredAndFitTheServicesLimit(String value, int max, boolean required,
                                                                    FormRule.Problem problem) {
        assertThat(FormRule.check(value, max, required)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "JAL-2026-000123      | true",
        "JAL-2026-870001      | true",
        "jal-2026-000123      | false",
        "JAL-2026-000123/../x | false",
        "JAL-26-000123        | false",
        "''                   | false",
        "-                    | false",
    })
    void onlyAComplaintNumberIsPutInAServicesAddress(String value, boolean ok) {
        assertThat(FormRule.isComplaintNumber(value)).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "9829012345          | 919829012345",
        "98290 12345         | 919829012345",
        "+91 98290 12345     | 919829012345",
        "919829012345        | 919829012345",
        "09829012345         | 919829012345",
        "+1 (415) 555-0100   | 14155550100",
        // a landline-like ten digits is not a mobile: as typed, intake judges it
        "2973222222          | 2973222222",
        "IN.abcdef12345      | IN.abcdef12345",
    })
    void aTypedNumberBecomesTheIdWhatsAppWrites(String typed, String waId) {
        assertThat(FormRule.waId(typed)).isEqualTo(waId);
    }
}
