package org.samparksetu.verification.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterAnswerRuleTest {

    /** answers: the citizens asked, '-' for one who has not answered; combined: '-' for "wait". */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "FIXED                     | FIXED",
            "NOT_FIXED                 | NOT_FIXED",
            "DONT_KNOW                 | DONT_KNOW",
            "-                         | -",
            "FIXED FIXED FIXED         | FIXED",
            "FIXED FIXED -             | -",
            "- - -                     | -",
            "FIXED - NOT_FIXED         | NOT_FIXED",
            "- NOT_FIXED -             | NOT_FIXED",
            "FIXED NOT_FIXED FIXED     | NOT_FIXED",
            "DONT_KNOW NOT_FIXED       | NOT_FIXED",
            "FIXED DONT_KNOW FIXED     | DONT_KNOW",
            "FIXED DONT_KNOW -         | -",
            "DONT_KNOW DONT_KNOW       | DONT_KNOW",
    })
    void oneWitnessThatItPersistsSendsAVerifierAndOnlyEveryonesYesConfirmsTheFix(String answers, String combined) {
        List<VerificationAnswer> asked = Arrays.stream(answers.trim().split("\\s+"))
                .map(a -> a.equals("-") ? null : VerificationAnswer.valueOf(a)).toList();
        Optional<VerificationAnswer> expected = combined.equals("-") ? Optional.empty()
                : Optional.of(VerificationAnswer.valueOf(combined));
        assertThat(ClusterAnswerRule.combine(asked)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nobodyAskedDecidesNothing() {
        assertThat(ClusterAnswerRule.combine(List.of())).isEmpty();
    }
}
