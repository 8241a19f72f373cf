package org.samparksetu.routing.classifier;

import org.samparksetu.contract.events.DepartmentSuggestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first, honest classifier: a curated lexicon of Hindi, Hinglish and English phrases per department
 * ({@code lexicon.tsv}), matched as whole-token sequences, never raw substrings. Terms of the pseudo
 * department {@code LOCAL_BODY} (drains, sanitation, street lights) go to the municipal body in the four
 * towns and to the gram panchayat elsewhere. Plain Java so it is tested without a container.
 */
public class KeywordClassifier {
    static final String LOCAL_BODY = "LOCAL_BODY";

    private record Term(String department, List<String> tokens, double weight, String text) {
    }

    private final List<Term> terms;
    private final List<List<String>> towns;

    public KeywordClassifier() {
        this.terms = loadLexicon();
        this.towns = List.of("jalore", "jalor", "जालोर", "जालौर", "bhinmal", "भीनमाल", "sanchore", "sanchor", "सांचौर",
                "सांचोर", "sayla", "सायला").stream().map(Tokens::of).toList();
    }

    public Classification classify(String text) {
        List<String> tokens = Tokens.of(text);
        Map<String, Double> scores = new HashMap<>();
        Map<String, Set<String>> matched = new HashMap<>();
        boolean inTown = towns.stream().anyMatch(t -> indexOf(tokens, t) >= 0);
        for (Term term : terms) {
            if (indexOf(tokens, term.tokens()) >= 0) {
                String dept = term.department().equals(LOCAL_BODY) ? (inTown ? "LSG" : "PANCHAYATI_RAJ") : term.department();
                scores.merge(dept, term.weight(), Double::sum);
                matched.computeIfAbsent(dept, d -> new LinkedHashSet<>()).add(term.text());
            }
        }
        if (scores.isEmpty()) {
            return new Classification(null, 0.0, List.of(), List.of());
        }
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        String best = ranked.get(0).getKey();
        // Share of the evidence, damped when the evidence is a single weak word.
        double confidence = ranked.get(0).getValue() / total * Math.min(1.0, ranked.get(0).getValue() / 1.0);
        List<DepartmentSuggestion> alternatives = ranked.stream().skip(1).limit(3)
                .map(e -> new DepartmentSuggestion(e.getKey(), round(e.getValue() / total))).toList();
        return new Classification(best, round(confidence), alternatives, List.copyOf(matched.get(best)));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static int indexOf(List<String> tokens, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!tokens.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<Term> loadLexicon() {
        var in = KeywordClassifier.class.getResourceAsStream("/lexicon.tsv");
        if (in == null) {
            throw new IllegalStateException("lexicon.tsv missing from the routing service");
        }
        List<Term> list = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException("lexicon.tsv: expected department<TAB>weight<TAB>phrase: " + line);
                }
                list.add(new Term(f[0], Tokens.of(f[2]), Double.parseDouble(f[1]), f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }
}
