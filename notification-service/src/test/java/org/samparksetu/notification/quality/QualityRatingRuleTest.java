package org.samparksetu.notification.quality;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Given Meta's quality rating, the gauge's value: higher is better, and anything unknown is 0 (no alert fires). */
class QualityRatingRuleTest {

    static Stream<Arguments> ratings() {
        return Stream.of(
                //            Meta says      gauge
                Arguments.of("GREEN",        3),
                Arguments.of("YELLOW",       2),
                Arguments.of("RED",          1),
                Arguments.of("UNKNOWN",      0),
                Arguments.of("NA",           0),
                Arguments.of("green",        3),
                Arguments.of(" RED ",        1),
                Arguments.of("",             0),
                Arguments.of(null,           0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("ratings")
    void theGaugeCarriesTheRatingAsANumber(String rating, int gauge) {
        assertThat(QualityRatingRule.gaugeValue(rating)).isEqualTo(gauge);
    }
}
