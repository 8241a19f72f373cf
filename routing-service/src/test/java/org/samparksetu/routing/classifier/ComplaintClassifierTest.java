package org.samparksetu.routing.classifier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Not a @QuarkusTest: the classifier is plain Java (with the department model the build trained, as in the service). */
class ComplaintClassifierTest {
    static ComplaintClassifier classifier;
    static final double THRESHOLD = 0.45;

    @BeforeAll
    static void load() {
        classifier = new ComplaintClassifier();
    }

    @Test
    void theEndToEndSentenceIsDrinkingWaterInSiyana() {
        Classification c = classifier.classify("गांव सियाणा में तीन दिन से पानी नहीं आ रहा है, पाइपलाइन टूटी है");
        assertThat(c.departmentCode()).isEqualTo("PHED");
        assertThat(c.isConfident(THRESHOLD)).isTrue();
        assertThat(c.matchedTerms()).contains("पाइपलाइन");
        assertThat(c.place().village()).isEqualTo("Siyana");
        assertThat(c.place().tehsil()).isEqualTo("Jalore"); // LGD: Siyana is in Jalor tehsil
    }

    @Test
    void burntTransformerIsElectricityNotWater() {
        Classification c = classifier.classify("गांव का ट्रांसफार्मर जल गया है");
        assertThat(c.departmentCode()).isEqualTo("JDVVNL");
        assertThat(c.isConfident(THRESHOLD)).isTrue();
        assertThat(c.matchedTerms()).contains("ट्रांसफार्मर जल गया");
        assertThat(c.alternatives()).noneMatch(s -> s.departmentCode().equals("PHED") && s.confidence() > 0.1);
    }

    @Test
    void outputCarriesThreeAlternativesAndTheDecidingWords() {
        Classification c = classifier.classify("राशन डीलर गेहूं नहीं दे रहा");
        assertThat(c.departmentCode()).isEqualTo("FOOD");
        assertThat(c.alternatives()).hasSize(3).noneMatch(s -> s.departmentCode().equals("FOOD"));
        assertThat(c.alternatives().get(0).confidence()).isGreaterThanOrEqualTo(c.alternatives().get(2).confidence());
        assertThat(c.matchedTerms()).contains("राशन डीलर");
    }

    @Test
    void hinglishAndEnglishAreUnderstood() {
        assertThat(classifier.classify("bijli nahi aa rahi 2 din se").departmentCode()).isEqualTo("JDVVNL");
        assertThat(classifier.classify("ration dealer ration nahi de raha").departmentCode()).isEqualTo("FOOD");
        assertThat(classifier.classify("The teacher does not come to school").departmentCode()).isEqualTo("EDUCATION");
    }

    @Test
    void drainsGoToTheTownInTownsAndThePanchayatInVillages() {
        assertThat(classifier.classify("भीनमाल वार्ड 5 में नाली जाम है").departmentCode()).isEqualTo("LSG");
        assertThat(classifier.classify("हमारे गाँव में नाली जाम है").departmentCode()).isEqualTo("PANCHAYATI_RAJ");
        assertThat(classifier.classify("sanchore shahar me street light band hai").departmentCode()).isEqualTo("LSG");
        // a tehsil or district named like a town does not make a village urban
        assertThat(classifier.classify("जालोर जिले के गांव बागरा में स्ट्रीट लाइट खराब है").departmentCode()).isEqualTo("PANCHAYATI_RAJ");
    }

    @Test
    void canalWaterIsIrrigationTapWaterIsPhed() {
        assertThat(classifier.classify("नहर में पानी नहीं आ रहा, माइनर टूटी है").departmentCode()).isEqualTo("WATER_RESOURCES");
        assertThat(classifier.classify("नल में पानी नहीं आ रहा").departmentCode()).isEqualTo("PHED");
    }

    @Test
    void wholeTokensOnlyNeverSubstrings() {
        // "नल" must not be found inside "नहर"/"नाली", nor "जल" inside "जलभराव"
        Classification c = classifier.classify("नाली जाम है और जलभराव है");
        assertThat(c.departmentCode()).isEqualTo("PANCHAYATI_RAJ");
        assertThat(c.matchedTerms()).doesNotContain("नल");
    }

    @Test
    void nothingKnownMeansNoDepartment() {
        Classification c = classifier.classify("नमस्ते जी");
        assertThat(c.departmentCode()).isNull();
        assertThat(c.isConfident(THRESHOLD)).isFalse();
    }
}
