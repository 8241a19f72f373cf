package org.samparksetu.routing.classifier;

import org.samparksetu.routing.text.TextAnalyzer;
import opennlp.tools.doccat.FeatureGenerator;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The features the department model learns from, per token: the normalised word, its Hindi stem, its romanised
 * key (so Devanagari and Hinglish share evidence) and stem bigrams. One class for training (build time) and
 * classifying (run time), so the two can never drift apart. Stateless: safe to share between threads.
 */
final class DepartmentFeatures implements FeatureGenerator {
    private final TextAnalyzer analyzer;

    DepartmentFeatures(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        return of(tokens);
    }

    Set<String> of(String[] tokens) {
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
}
