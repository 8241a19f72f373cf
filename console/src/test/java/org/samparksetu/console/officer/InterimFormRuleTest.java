package org.samparksetu.console.officer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class InterimFormRuleTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");

    @ParameterizedTest(name = "{0} chars, {1} -> {2}")
    @CsvSource({
        // reason length, expected by,  problems
        "30,   2026-12-20,  ''",
        "30,   2026-12-06,  ''",                          // today is a promise too
        "500,  2027-12-06,  ''",
        "501,  2026-12-20,  interim_reason_long",
        "0,    2026-12-20,  interim_reason_missing",
        "30,   2026-12-05,  interim_date_past",
        "30,   2027-12-07,  interim_date_far",
        "30,   20-12-2026,  interim_date_bad",
        "30,   ,            interim_date_missing",
        "0,    ,            interim_reason_missing interim_date_missing",
    })
    void anInterimReplyNeedsAReasonAndAFairDate(int reasonLength, String expectedBy, String problems) {
        assertThat(String.join(" ", InterimFormRule.problems("र".repeat(reasonLength), expectedBy, TODAY)))
                .isEqualTo(problems);
    }
}
