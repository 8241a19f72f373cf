package org.samparksetu.routing.classifier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Not a @QuarkusTest: the classifier is plain Java and can simply be called. */
class KeywordClassifierTest {
    private final KeywordClassifier classifier = new KeywordClassifier();

    @Test
    void hindiWaterComplaintGoesToPhed() {
        Classification c = classifier.classify("हमारे गाँव में तीन दिन से पानी नहीं आ रहा है, हैंडपंप भी खराब है");
        assertThat(c.departmentCode()).isEqualTo("PHED");
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(c.matchedTerms()).contains("हैंडपंप");
    }

    @Test
    void burntTransformerIsElectricityNotWater() {
        Classification c = classifier.classify("गांव का ट्रांसफार्मर जल गया है");
        assertThat(c.departmentCode()).isEqualTo("JDVVNL");
        assertThat(c.alternatives()).noneMatch(s -> s.departmentCode().equals("PHED"));
    }

    @Test
    void hinglishIsUnderstood() {
        assertThat(classifier.classify("bijli nahi aa rahi 2 din se").departmentCode()).isEqualTo("JDVVNL");
        assertThat(classifier.classify("ration dealer ration nahi de raha").departmentCode()).isEqualTo("FOOD");
    }

    @Test
    void drainsGoToTheTownInTownsAndThePanchayatInVillages() {
        assertThat(classifier.classify("भीनमाल वार्ड 5 में नाली जाम है").departmentCode()).isEqualTo("LSG");
        assertThat(classifier.classify("हमारे गाँव में नाली जाम है").departmentCode()).isEqualTo("PANCHAYATI_RAJ");
    }

    @Test
    void canalWaterIsIrrigation() {
        assertThat(classifier.classify("नहर में पानी नहीं आ रहा, माइनर टूटी है").departmentCode()).isEqualTo("WATER_RESOURCES");
    }

    @Test
    void nothingKnownMeansNoDepartment() {
        Classification c = classifier.classify("नमस्ते जी");
        assertThat(c.departmentCode()).isNull();
        assertThat(c.isConfident(0.5)).isFalse();
    }
}
