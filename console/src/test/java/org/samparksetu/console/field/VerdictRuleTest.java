package org.samparksetu.console.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictRuleTest {

    @ParameterizedTest(name = "{0}, {1} remark chars, {2} photo bytes, {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
        // verdict,          remarks length, photo bytes, photo type,  problem
        "FIXED,              0,     0,         -,           -",
        "NOT_FIXED,          1000,  0,         -,           -",
        "FALSE_COMPLAINT,    10,    1000,      image/jpeg,  -",
        "FIXED,              10,    3145728,   image/png,   -",
        "-,                  0,     0,         -,           NO_VERDICT",
        "fixed,              0,     0,         -,           NO_VERDICT",
        "MAYBE,              0,     0,         -,           NO_VERDICT",
        "FIXED,              1001,  0,         -,           REMARKS_TOO_LONG",
        "FIXED,              0,     3145729,   image/jpeg,  PHOTO_TOO_LARGE",
        "FIXED,              0,     1000,      text/html,   NOT_A_PHOTO",
        "FIXED,              0,     1000,      -,           NOT_A_PHOTO",
        // an empty file input (no photo taken) is no photo, whatever its type says
        "FIXED,              0,     0,         text/plain,  -",
    })
    void theFirstProblemOfTheForm(String verdict, int remarks, int photoBytes, String type, VerdictRule.Problem problem) {
        assertThat(VerdictRule.problem(verdict, "x".repeat(remarks), new byte[photoBytes], type).orElse(null))
                .isEqualTo(problem);
    }

    @ParameterizedTest(name = "''{0}'' within {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        "25.3459,     90,  25.3459",
        "-72.6,       180, -72.6",
        "90,          90,  90.0",
        "90.0001,     90,  -",
        "-180.5,      180, -",
        "NaN,         90,  -",
        "Infinity,    90,  -",
        "abc,         90,  -",
        "'',          90,  -",
        "-,           90,  -",
    })
    void coordinatesOutsideTheEarthAreNoLocation(String value, double limit, Double expected) {
        assertThat(VerdictRule.coordinate(value, limit)).isEqualTo(expected);
    }

    @Test
    void theBodyCarriesThePhotoAndAWholePositionOnly() {
        Map<String, Object> body = VerdictRule.body("FIXED", "  पानी आ रहा है  ", new byte[] {1, 2, 3}, "image/png",
                "25.3", "72.6");
        assertThat(body).containsEntry("verdict", "FIXED").containsEntry("remarks", "पानी आ रहा है")
                .containsEntry("photoBase64", "AQID").containsEntry("photoType", "image/png")
                .containsEntry("deviceLatitude", 25.3).containsEntry("deviceLongitude", 72.6);
        Map<String, Object> half = VerdictRule.body("NOT_FIXED", "", new byte[0], null, "25.3", "");
        assertThat(half).doesNotContainKeys("deviceLatitude", "deviceLongitude", "photoBase64", "photoType")
                .containsEntry("remarks", null);
    }
}
