package org.samparksetu.console.kendra;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeRuleTest {
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        "registered, JAL-2026-000123, 0315127000636,    REGISTERED",
        "registered, JAL-2026-000123, 'call 98290 00000', -",
        "registered, JAL-2026-000123, -,                -",
        "moved,      JAL-2026-000123, PANCHAYATI_RAJ,   MOVED",
        "moved,      JAL-2026-000123, '<b>x</b>',        -",
        "closed,     JAL-2026-000123, -,                CLOSED",
        "reported,   JAL-2026-000123, -,                REPORTED",
        "reported,   'your account is blocked', -,      -",
        "hacked,     JAL-2026-000123, -,                -",
        "-,          JAL-2026-000123, -,                -",
    })
    void theLineAfterAnActionShowsOnlyWhatTheConsoleItselfWouldHaveSaid(String done, String complaint, String detail,
                                                                        NoticeRule.Kind kind) {
        NoticeRule.Notice notice = NoticeRule.of(done, complaint, detail);
        assertThat(notice == null ? null : notice.kind()).isEqualTo(kind);
    }
}
