package org.samparksetu.routing.classifier;

import org.samparksetu.routing.text.TextAnalyzer;
import org.samparksetu.contract.events.DepartmentSuggestion;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.routing.place.Gazetteer;
import org.samparksetu.routing.place.Place;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Department and place for a complaint in Hindi, Hinglish or English. Combines the curated lexicon (precise,
 * explainable) with the maximum-entropy model trained on the repository's corpus (recall on words the lexicon
 * does not list), then lets the place decide municipal vs panchayat subjects. Plain Java, thread-safe; built
 * once per process.
 */
public final class ComplaintClassifier {
    /** How much the lexicon's share of evidence counts against the model's probability when both speak. */
    static final double LEXICON_WEIGHT = 0.45;
    /** The model alone (no lexicon word) is trusted less. */
    static final double MODEL_ONLY_DAMPING = 0.8;

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final DepartmentModel model;
    private final Gazetteer gazetteer;

    /** The classifier the service runs: the department model trained at build time, read from the class path. */
    public ComplaintClassifier() {
        this(new TextAnalyzer(), DepartmentModel::packaged);
    }

    /** Trains the department model on the given corpus here and now (tests and experiments; seconds, not ms). */
    public ComplaintClassifier(List<LabelledComplaint> trainingCorpus) {
        this(new TextAnalyzer(), analyzer -> DepartmentModel.train(analyzer, trainingCorpus));
    }

    private ComplaintClassifier(TextAnalyzer analyzer, Function<TextAnalyzer, DepartmentModel> model) {
        this.analyzer = analyzer;
        this.lexicon = new Lexicon(analyzer);
        this.model = model.apply(analyzer);
        this.gazetteer = new Gazetteer(analyzer);
    }

    public static List<LabelledComplaint> trainingCorpus() {
        InputStream in = ComplaintClassifier.class.getResourceAsStream("/corpus/train.jsonl");
        if (in == null) {
            throw new IllegalStateException("corpus/train.jsonl missing from the routing service");
        }
        return LabelledComplaint.read(in, "corpus/train.jsonl");
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Classification classify(String text) {
        return classify(text, null);
    }

    public Classification classify(String text, GeoPoint pin) {
        List<String> tokens = analyzer.tokens(text);
        Place place = gazetteer.locate(text, pin);
        List<Lexicon.Match> matches = lexicon.match(tokens);
        Map<String, Double> lex = new HashMap<>();
        matches.forEach(m -> lex.merge(DepartmentModel.modelClass(m.department()), m.weight(), Double::sum));
        if (lex.isEmpty() && !model.knowsAny(tokens)) {
            return new Classification(null, 0.0, List.of(), List.of(), place);
        }
        Map<String, Double> p = model.probabilities(tokens);
        Map<String, Double> score = combine(p, lex);

        List<Map.Entry<String, Double>> ranked = new ArrayList<>(score.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        String bestClass = ranked.get(0).getKey();
        List<DepartmentSuggestion> alternatives = ranked.stream().skip(1).limit(3)
                .map(e -> new DepartmentSuggestion(resolve(e.getKey(), place), round(e.getValue()))).toList();

        Set<String> deciding = new LinkedHashSet<>();
        matches.stream().filter(m -> DepartmentModel.modelClass(m.department()).equals(bestClass))
                .sorted(Comparator.comparingDouble(Lexicon.Match::weight).reversed())
                .forEach(m -> deciding.add(m.phrase()));
        if (deciding.size() < 2) {
            deciding.addAll(modelEvidence(tokens, bestClass, p.getOrDefault(bestClass, 0.0)));
        }
        if (bestClass.equals(DepartmentModel.LOCAL_BODY) && place.evidence() != null) {
            deciding.add("place: " + place.evidence());
        }
        return new Classification(resolve(bestClass, place), round(ranked.get(0).getValue()), alternatives,
                List.copyOf(deciding), place);
    }

    static Map<String, Double> combine(Map<String, Double> p, Map<String, Double> lex) {
        Map<String, Double> score = new HashMap<>();
        double lexTotal = lex.values().stream().mapToDouble(Double::doubleValue).sum();
        for (var e : p.entrySet()) {
            double s = lexTotal == 0 ? MODEL_ONLY_DAMPING * e.getValue()
                    : (1 - LEXICON_WEIGHT) * e.getValue() + LEXICON_WEIGHT * lex.getOrDefault(e.getKey(), 0.0) / lexTotal;
            score.put(e.getKey(), s);
        }
        return score;
    }

    /** Municipal body in the four towns, gram panchayat elsewhere. */
    static String resolve(String modelClass, Place place) {
        if (!modelClass.equals(DepartmentModel.LOCAL_BODY)) {
            return modelClass;
        }
        return place.urban() ? "LSG" : "PANCHAYATI_RAJ";
    }

    /** The words whose removal lowers the model's belief in the winner most (at most three). */
    private List<String> modelEvidence(List<String> tokens, String cls, double base) {
        Map<String, Double> drop = new HashMap<>();
        for (String t : new LinkedHashSet<>(tokens)) {
            List<String> without = tokens.stream().filter(x -> !x.equals(t)).toList();
            if (without.isEmpty()) {
                drop.put(t, base);
                continue;
            }
            drop.put(t, base - model.probabilities(without).getOrDefault(cls, 0.0));
        }
        return drop.entrySet().stream().filter(e -> e.getValue() > 0.02)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3).map(Map.Entry::getKey).toList();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
