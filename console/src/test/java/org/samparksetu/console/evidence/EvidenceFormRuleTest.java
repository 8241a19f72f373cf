package org.samparksetu.console.evidence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFormRuleTest {

    @ParameterizedTest(name = "''{0}'' -> {1}, shown {2}")
    @CsvSource({
        // as typed,              WhatsApp id,    shown
        "9876543210,              919876543210,   91*******210",
        "'+91 98765-43210',       919876543210,   91*******210",
        "09876543210,             919876543210,   91*******210",
        "00919876543210,          919876543210,   91*******210",
        "917000000042,            917000000042,   91*******042",
        "'(0) 98765',             ,               *****",
        "5876543210,              ,               *****",          // no Indian mobile starts with 5
        "98765abc10,              ,               *****",
        "'',                      ,               *****",
    })
    void theNumberBecomesTheWhatsAppIdAndIsShownMasked(String typed, String waId, String shown) {
        assertThat(EvidenceFormRule.waId(typed)).isEqualTo(waId);
        assertThat(EvidenceFormRule.masked(EvidenceFormRule.waId(typed))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} / {1} chars -> {2}")
    @CsvSource({
        "9876543210,  12,   ''",
        "9876543210,  0,    evidence_reason_missing",
        "9876543210,  300,  ''",
        "9876543210,  301,  evidence_reason_long",
        "12345,       12,   evidence_number_bad",
    })
    void anExportNeedsANumberAndAReason(String number, int reasonLength, String problems) {
        assertThat(String.join(" ", EvidenceFormRule.problems(number, "F".repeat(reasonLength)))).isEqualTo(problems);
    }
}
