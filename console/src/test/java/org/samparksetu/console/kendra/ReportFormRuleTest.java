package org.samparksetu.console.kendra;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormRuleTest {
    @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {4}")
    @CsvSource(nullValues = "-", value = {
        "JAL-2026-000001, RELIEF,       AEn PHED, pipe joined,  -",
        "JAL-2026-000001, NOT_POSSIBLE, AEn PHED, no budget,    -",
        "-,               RELIEF,       AEn PHED, pipe joined,  report_pick_complaint",
        "'',              RELIEF,       AEn PHED, pipe joined,  report_pick_complaint",
        "JAL-2026-000001, DONE,         AEn PHED, pipe joined,  report_pick_outcome",
        "JAL-2026-000001, -,            AEn PHED, pipe joined,  report_pick_outcome",
        "JAL-2026-000001, RELIEF,       ' ',      pipe joined,  report_officer_missing",
        "JAL-2026-000001, RELIEF,       LONG_OFFICER, pipe joined, report_officer_too_long",
        "JAL-2026-000001, RELIEF,       AEn PHED, -,            report_remarks_missing",
        "JAL-2026-000001, RELIEF,       AEn PHED, LONG_REMARKS, report_remarks_too_long",
    })
    void aReportNeedsAComplaintAnOutcomeAnOfficerAndRemarksWithinTheirLengths(String complaint, String outcome,
                                                                              String officer, String remarks,
                                                                              String problem) {
        String o = "LONG_OFFICER".equals(officer) ? "अ".repeat(ReportFormRule.OFFICER_MAX + 1) : officer;
        String r = "LONG_REMARKS".equals(remarks) ? "x".repeat(ReportFormRule.REMARKS_MAX + 1) : remarks;
        assertThat(ReportFormRule.problem(complaint, outcome, o, r)).isEqualTo(problem);
    }
}
