package org.samparksetu.routing.classifier;

import org.samparksetu.routing.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The service reads the department model the build trained (process-classes) instead of training at
 * start-up. This proves the packaged resource is there, loads, classifies, and is the very model the repository
 * corpus trains with the same parameters — so nothing about routing quality changed by moving the training.
 */
class PackagedDepartmentModelTest {
    static TextAnalyzer analyzer;
    static DepartmentModel packaged;

    @BeforeAll
    static void load() {
        analyzer = new TextAnalyzer();
        packaged = DepartmentModel.packaged(analyzer);
    }

    @Test
    void packagedModelAloneSendsAKnownWaterComplaintToPhed() {
        List<String> tokens = analyzer.tokens("गांव सियाणा में तीन दिन से पानी नहीं आ रहा है, पाइपलाइन टूटी है");
        Map<String, Double> p = packaged.probabilities(tokens);

        assertThat(packaged.knowsAny(tokens)).isTrue();
        assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo("PHED");
    }

    @Test
    void classifierTheServiceBuildsUsesThePackagedModel() {
        Classification c = new ComplaintClassifier().classify("गांव का ट्रांसफार्मर जल गया है, दो दिन से बिजली नहीं");

        assertThat(c.departmentCode()).isEqualTo("JDVVNL");
        assertThat(c.isConfident(0.45)).isTrue();
    }

    @Test
    void packagedModelIsTheModelTheRepositoryCorpusTrains() throws IOException {
        List<LabelledComplaint> corpus = ComplaintClassifier.trainingCorpus();
        DepartmentModel trainedNow = DepartmentModel.train(analyzer, corpus);

        // the vocabulary read back from the model is every feature of the corpus: nothing was cut off or lost
        DepartmentFeatures features = new DepartmentFeatures(analyzer);
        Set<String> corpusFeatures = new HashSet<>();
        corpus.forEach(c -> corpusFeatures.addAll(features.of(analyzer.tokens(c.text()).toArray(String[]::new))));
        assertThat(packaged.vocabulary()).isEqualTo(corpusFeatures).isEqualTo(trainedNow.vocabulary());

        List<String> heldOut = new ArrayList<>();
        for (String file : List.of("corpus/test.jsonl", "corpus/dev.jsonl")) {
            try (var in = new FileInputStream(file)) {
                LabelledComplaint.read(in, file).forEach(c -> heldOut.add(c.text()));
            }
        }
        assertThat(heldOut).hasSizeGreaterThan(200);
        for (String text : heldOut) {
            List<String> tokens = analyzer.tokens(text);
            Map<String, Double> expected = trainedNow.probabilities(tokens);
            Map<String, Double> actual = packaged.probabilities(tokens);
            assertThat(actual.keySet()).as(text).isEqualTo(expected.keySet());
            expected.forEach((cls, p) -> assertThat(actual.get(cls)).as(text + " / " + cls).isCloseTo(p, within(1e-9)));
            assertThat(packaged.knowsAny(tokens)).as(text).isEqualTo(trainedNow.knowsAny(tokens));
        }
    }
}
