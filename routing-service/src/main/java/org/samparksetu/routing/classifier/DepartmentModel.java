package org.samparksetu.routing.classifier;

import org.samparksetu.routing.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistical half of the classifier: an Apache OpenNLP maximum-entropy document categoriser over
 * {@link DepartmentFeatures}, learnt from the labelled corpus kept in the repository ({@code corpus/train.jsonl}).
 * The service does not train it: {@link DepartmentModelTrainer} trains it once at build time and the jar carries
 * the serialised model ({@value #PACKAGED_RESOURCE}), which loads in a fraction of the training time (so the
 * service is ready in seconds). Drains, sanitation and street lights are one class here ({@code LOCAL_BODY}); the place
 * decides between the municipality and the gram panchayat afterwards.
 */
public final class DepartmentModel {
    static final String LOCAL_BODY = "LOCAL_BODY";
    /** Where the build puts the trained model, on the class path. */
    public static final String PACKAGED_RESOURCE = "classifier/department-model.bin";

    private final DepartmentFeatures features;
    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;
    private final Set<String> vocabulary;

    private DepartmentModel(TextAnalyzer analyzer, DoccatModel model) {
        this.features = new DepartmentFeatures(analyzer);
        this.model = model;
        // a loaded model only names its feature generator; hand it ours (it needs the analyzer) rather than
        // letting OpenNLP instantiate the class by reflection
        model.getFactory().setFeatureGenerators(new FeatureGenerator[]{features});
        this.categorizer = new DocumentCategorizerME(model);
        // every feature seen in training is a predicate of the model (cutoff 1), so the model is its own vocabulary
        @SuppressWarnings("unchecked")
        Map<String, ?> predicates = (Map<String, ?>) ((AbstractModel) model.getMaxentModel()).getDataStructures()[1];
        this.vocabulary = Set.copyOf(predicates.keySet());
    }

    /** Trains on a labelled corpus: a few seconds on a busy core. Build time, tests and experiments only. */
    public static DepartmentModel train(TextAnalyzer analyzer, List<LabelledComplaint> corpus) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledComplaint c : corpus) {
            String[] tokens = analyzer.tokens(c.text()).toArray(String[]::new);
            if (tokens.length > 0) {
                samples.add(new DocumentSample(modelClass(c.department()), tokens));
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            return new DepartmentModel(analyzer, DocumentCategorizerME.train("hi",
                    ObjectStreamUtils.createObjectStream(samples), params,
                    new DoccatFactory(new FeatureGenerator[]{new DepartmentFeatures(analyzer)})));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model written by {@link #writeTo}. */
    public static DepartmentModel read(TextAnalyzer analyzer, InputStream in) {
        try {
            return new DepartmentModel(analyzer, new DoccatModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the department model cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The model the build trained. No retraining fallback: a missing model is a broken build, and a service that
     * quietly trains for seconds at start-up is slow to become ready.
     */
    public static DepartmentModel packaged(TextAnalyzer analyzer) {
        InputStream in = DepartmentModel.class.getResourceAsStream("/" + PACKAGED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(PACKAGED_RESOURCE + " is missing from the class path: the build trains it "
                    + "in the process-classes phase (./mvnw -B process-classes -pl routing-service)");
        }
        try (in) {
            return read(analyzer, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** The class the model learns for a department label: municipal and panchayat work are one subject. */
    static String modelClass(String department) {
        return department.equals("LSG") || department.equals("PANCHAYATI_RAJ") ? LOCAL_BODY : department;
    }

    /** Probabilities per class, summing to 1. */
    public Map<String, Double> probabilities(List<String> tokens) {
        // categorize() is stateless (context generator + maxent eval), so one categoriser is shared between threads
        double[] p = categorizer.categorize(tokens.toArray(String[]::new));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(categorizer.getCategory(i), p[i]);
        }
        return out;
    }

    /** True when at least one word of the text was seen in training. */
    public boolean knowsAny(List<String> tokens) {
        return features.of(tokens.toArray(String[]::new)).stream().anyMatch(vocabulary::contains);
    }

    /** The features seen in training (for tests). */
    Set<String> vocabulary() {
        return vocabulary;
    }
}
