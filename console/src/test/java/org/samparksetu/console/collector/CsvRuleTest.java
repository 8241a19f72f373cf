package org.samparksetu.console.collector;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRuleTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", quoteCharacter = '`', value = {
        // value                      | cell
        "JAL-2026-000123              | JAL-2026-000123",
        "हैंडपंप खराब है                 | हैंडपंप खराब है",
        "Sayla, Jalore                | \"Sayla, Jalore\"",
        "he said \"no\"                | \"he said \"\"no\"\"\"",
        "`line one\nline two`         | `\"line one\nline two\"`",
        "=HYPERLINK(\"x\")             | \"'=HYPERLINK(\"\"x\"\")\"",
        "+91 98765                    | '+91 98765",
        "-5                           | '-5",
        "@SUM(A1)                     | '@SUM(A1)",
        "``                           | ``",
        "NULL                         | ``",
    })
    void aCellIsQuotedWhenItMustBeAndNeverAFormula(String value, String cell) {
        assertThat(CsvRule.cell(value)).isEqualTo(cell == null ? "" : cell);
    }

    @Test
    void aLineEndsInCrLfAndNumbersStayNumbers() {
        assertThat(CsvRule.line(List.of(CsvRule.cell("a,b"), CsvRule.number(-1.5), CsvRule.cell(null))))
                .isEqualTo("\"a,b\",-1.5,\r\n");
    }
}
