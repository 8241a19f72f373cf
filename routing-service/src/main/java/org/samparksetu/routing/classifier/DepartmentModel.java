package org.samparksetu.routing.classifier;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistical half of the classifier: an Apache OpenNLP maximum-entropy document categoriser trained at
 * start-up (about a second) on the labelled corpus kept in the repository ({@code corpus/train.jsonl}).
 * Features per token: the normalised word, its Hindi stem, its romanised key (so Devanagari and Hinglish
 * share evidence) and word bigrams. Drains, sanitation and street lights are one class here
 * ({@code LOCAL_BODY}); the place decides between the municipality and the gram panchayat afterwards.
 */
public final class DepartmentModel {
    static final String LOCAL_BODY = "LOCAL_BODY";

    private final TextAnalyzer analyzer;
    private final DoccatModel model;
    private final Set<String> vocabulary = new HashSet<>();

    public DepartmentModel(TextAnalyzer analyzer, List<LabelledComplaint> corpus) {
        this.analyzer = analyzer;
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledComplaint c : corpus) {
            String[] tokens = analyzer.tokens(c.text()).toArray(String[]::new);
            if (tokens.length == 0) {
                continue;
            }
            vocabulary.addAll(features(tokens));
            samples.add(new DocumentSample(modelClass(c.department()), tokens));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            model = DocumentCategorizerME.train("hi", ObjectStreamUtils.createObjectStream(samples), params,
                    new DoccatFactory(new FeatureGenerator[]{new Features()}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class the model learns for a department label: municipal and panchayat work are one subject. */
    static String modelClass(String department) {
        return department.equals("LSG") || department.equals("PANCHAYATI_RAJ") ? LOCAL_BODY : department;
    }

    /** Probabilities per class, summing to 1. */
    public Map<String, Double> probabilities(List<String> tokens) {
        // straight to the maxent model: the features are ours, and eval is stateless (safe to share between threads)
        MaxentModel maxent = model.getMaxentModel();
        double[] p = maxent.eval(features(tokens.toArray(String[]::new)).toArray(String[]::new));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(maxent.getOutcome(i), p[i]);
        }
        return out;
    }

    /** True when at least one word of the text was seen in training. */
    public boolean knowsAny(List<String> tokens) {
        return features(tokens.toArray(String[]::new)).stream().anyMatch(vocabulary::contains);
    }

    private Collection<String> features(String[] tokens) {
        Set<String> f = new HashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            f.add("w=" + t);
            f.add("s=" + analyzer.stem(t));
            f.add("k=" + analyzer.key(t));
            if (i + 1 < tokens.length) {
                f.add("b=" + analyzer.stem(t) + "_" + analyzer.stem(tokens[i + 1]));
            }
        }
        return f;
    }

    private final class Features implements FeatureGenerator {
        @Override
        public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
            return features(text);
        }
    }
}
