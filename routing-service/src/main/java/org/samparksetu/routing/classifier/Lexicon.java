package org.samparksetu.routing.classifier;

import org.samparksetu.routing.text.TextAnalyzer;
import org.samparksetu.routing.data.TsvResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated lexicon ({@code lexicon.tsv}): department, weight, phrase. A phrase matches a run of whole
 * tokens — never a raw substring — where each token matches by normalised form, by Hindi stem, or by the
 * romanised key (keys of 4+ letters only, so short words do not collide: नल/नाली). A longer phrase that
 * matches hides the shorter phrases inside it ("ट्रांसफार्मर जल गया" is one piece of evidence).
 */
public final class Lexicon {
    /** A matched lexicon phrase. */
    public record Match(String department, double weight, String phrase, int start, int length) {
    }

    private record Term(String department, double weight, String text, List<String> tokens, List<String> stems,
                        List<String> keys) {
    }

    private final TextAnalyzer analyzer;
    private final List<Term> terms;

    public Lexicon(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.terms = load(analyzer);
    }

    public int size() {
        return terms.size();
    }

    public List<Match> match(List<String> tokens) {
        List<String> stems = tokens.stream().map(analyzer::stem).toList();
        List<String> keys = tokens.stream().map(analyzer::key).toList();
        List<Match> found = new ArrayList<>();
        for (Term t : terms) {
            for (int i = 0; i + t.tokens().size() <= tokens.size(); i++) {
                if (matchesAt(t, tokens, stems, keys, i)) {
                    found.add(new Match(t.department(), t.weight(), t.text(), i, t.tokens().size()));
                    break;
                }
            }
        }
        // longer phrases win over the phrases they contain
        List<Match> kept = new ArrayList<>();
        for (Match m : found) {
            boolean covered = found.stream().anyMatch(o -> o != m && o.length() > m.length()
                    && o.start() <= m.start() && o.start() + o.length() >= m.start() + m.length());
            if (!covered) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** Sum of weights per department. */
    public static Map<String, Double> scores(List<Match> matches) {
        Map<String, Double> s = new LinkedHashMap<>();
        matches.forEach(m -> s.merge(m.department(), m.weight(), Double::sum));
        return s;
    }

    private static boolean matchesAt(Term t, List<String> tokens, List<String> stems, List<String> keys, int at) {
        for (int j = 0; j < t.tokens().size(); j++) {
            String tok = tokens.get(at + j);
            if (tok.equals(t.tokens().get(j)) || stems.get(at + j).equals(t.stems().get(j))) {
                continue;
            }
            String key = t.keys().get(j);
            if (key.length() >= 4 && key.equals(keys.get(at + j))) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static List<Term> load(TextAnalyzer analyzer) {
        List<Term> list = new ArrayList<>();
        for (String[] f : TsvResource.rows("/lexicon.tsv", 3, "department<TAB>weight<TAB>phrase")) {
            List<String> toks = analyzer.tokens(f[2]);
            if (toks.isEmpty()) {
                continue; // a phrase made only of stop words cannot decide anything
            }
            list.add(new Term(f[0], Double.parseDouble(f[1]), f[2].trim(), toks,
                    toks.stream().map(analyzer::stem).toList(), toks.stream().map(analyzer::key).toList()));
        }
        return List.copyOf(list);
    }
}
