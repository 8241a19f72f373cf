package org.samparksetu.routing.classifier;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code routing-service/evaluate FILE}: runs the classifier as the service runs it (the department model the
 * build trained on the repository corpus, read from the class path) over a labelled JSONL file and prints top-1
 * accuracy, place accuracy, the share sent confidently to the wrong department, per-department precision/recall
 * and the worst confusions. The last line is machine-readable:
 * {@code accuracy=<0..1> confidently_wrong=<0..1>}.
 */
public final class Evaluate {
    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: routing-service/evaluate FILE.jsonl");
            System.exit(2);
        }
        List<LabelledComplaint> rows;
        try (InputStream in = new FileInputStream(args[0])) {
            rows = LabelledComplaint.read(in, args[0]);
        }
        double threshold = Double.parseDouble(System.getProperty("threshold", configuredThreshold()));
        ComplaintClassifier classifier = new ComplaintClassifier();
        Report r = evaluate(classifier, rows, threshold);
        System.out.print(r.text());
        System.out.printf(Locale.ROOT, "accuracy=%.4f confidently_wrong=%.4f%n", r.accuracy(), r.confidentlyWrong());
    }

    /** The numbers, and the human-readable report without the final line. */
    public record Report(double accuracy, double confidentlyWrong, double triaged, String text) {
    }

    public static Report evaluate(ComplaintClassifier classifier, List<LabelledComplaint> rows, double threshold) {
        int correct = 0, confidentWrong = 0, confidentRight = 0, triaged = 0, placeTotal = 0, placeRight = 0;
        Map<String, int[]> perDept = new TreeMap<>(); // tp, fp, fn
        Map<String, Integer> confusions = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (LabelledComplaint row : rows) {
            Classification c = classifier.classify(row.text());
            String predicted = c.departmentCode() == null ? "(none)" : c.departmentCode();
            boolean right = predicted.equals(row.department());
            boolean confident = c.isConfident(threshold);
            perDept.computeIfAbsent(row.department(), d -> new int[3]);
            perDept.computeIfAbsent(predicted, d -> new int[3]);
            if (right) {
                correct++;
                perDept.get(predicted)[0]++;
            } else {
                perDept.get(predicted)[1]++;
                perDept.get(row.department())[2]++;
                confusions.merge(row.department() + " -> " + predicted, 1, Integer::sum);
                if (confident && examples.size() < 15) {
                    examples.add(String.format(Locale.ROOT, "  %s -> %s (%.2f) %s", row.department(), predicted,
                            c.confidence(), row.text()));
                }
            }
            if (!confident) {
                triaged++;
            } else if (right) {
                confidentRight++;
            } else {
                confidentWrong++;
            }
            if (row.tehsil() != null) {
                placeTotal++;
                if (row.tehsil().equalsIgnoreCase(String.valueOf(c.place().tehsil()))) {
                    placeRight++;
                }
            }
        }
        int n = rows.size();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "complaints: %d   threshold: %.2f%n", n, threshold));
        out.append(String.format(Locale.ROOT, "top-1 accuracy:      %.4f (%d/%d)%n", ratio(correct, n), correct, n));
        out.append(String.format(Locale.ROOT, "place (tehsil) accuracy: %s%n", placeTotal == 0 ? "n/a (no tehsil labels)"
                : String.format(Locale.ROOT, "%.4f (%d/%d)", ratio(placeRight, placeTotal), placeRight, placeTotal)));
        out.append(String.format(Locale.ROOT, "routed automatically: %.4f (%d), of which right %.4f%n", ratio(n - triaged, n),
                n - triaged, ratio(confidentRight, n - triaged)));
        out.append(String.format(Locale.ROOT, "sent to triage:       %.4f (%d)%n", ratio(triaged, n), triaged));
        out.append(String.format(Locale.ROOT, "confidently wrong:    %.4f (%d)%n", ratio(confidentWrong, n), confidentWrong));
        out.append(String.format("%nper department            precision  recall  (tp/fp/fn)%n"));
        for (var e : perDept.entrySet()) {
            int[] v = e.getValue();
            out.append(String.format(Locale.ROOT, "  %-22s %8.3f %8.3f  (%d/%d/%d)%n", e.getKey(), ratio(v[0], v[0] + v[1]),
                    ratio(v[0], v[0] + v[2]), v[0], v[1], v[2]));
        }
        out.append(String.format("%nworst confusions (truth -> predicted)%n"));
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(e -> out.append(String.format("  %3d  %s%n", e.getValue(), e.getKey())));
        if (!examples.isEmpty()) {
            out.append(String.format("%nconfidently wrong examples%n"));
            examples.forEach(x -> out.append(x).append('\n'));
        }
        return new Report(ratio(correct, n), ratio(confidentWrong, n), ratio(triaged, n), out.toString());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static String configuredThreshold() {
        Properties p = new Properties();
        try (InputStream in = Evaluate.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // fall through to the default
        }
        return p.getProperty("routing.confidence-threshold", "0.5");
    }
}
