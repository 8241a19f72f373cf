package org.samparksetu.routing.classifier;

import org.junit.jupiter.api.Test;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing accuracy on text the classifier never saw: corpus/test.jsonl is not on the classpath and shares no
 * sentence with the training corpus. Same numbers as {@code routing-service/evaluate corpus/test.jsonl}.
 */
class HeldOutEvaluationTest {

    @Test
    void heldOutTestSetMeetsTheGoal() throws IOException {
        List<LabelledComplaint> train = ComplaintClassifier.trainingCorpus();
        List<LabelledComplaint> test;
        try (var in = new FileInputStream("corpus/test.jsonl")) {
            test = LabelledComplaint.read(in, "corpus/test.jsonl");
        }
        Set<String> trainTexts = new HashSet<>();
        train.forEach(t -> trainTexts.add(t.text().trim()));
        assertThat(test).hasSizeGreaterThan(150).noneMatch(t -> trainTexts.contains(t.text().trim()));
        assertThat(test.stream().map(LabelledComplaint::department).distinct()).hasSize(21);

        Evaluate.Report r = Evaluate.evaluate(new ComplaintClassifier(train), test, 0.45);
        assertThat(r.accuracy()).as(r.text()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.confidentlyWrong()).as(r.text()).isLessThan(0.03);
    }
}
