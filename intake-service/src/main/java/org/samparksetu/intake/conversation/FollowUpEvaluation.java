package org.samparksetu.intake.conversation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code intake-service/evaluate-followups FILE.tsv}: runs the follow-up classifier over a labelled file
 * ({@code state<TAB>text<TAB>intent} per line, {@code #} comments) and prints the confusion table, the mistakes and
 * the accuracy. A RATING counts as right only with the right number. The last line is machine-readable:
 * {@code accuracy=<0..1> followups_filed_as_new=<count>}.
 */
public final class FollowUpEvaluation {

    /** One labelled follow-up. */
    public record Labelled(FollowUpContext context, String text, String expected) {
    }

    /**
     * @param followUpsFiledAsNew follow-ups (anything but NEW_COMPLAINT or AMBIGUOUS by label) the classifier would
     *                            file as a new complaint: the expensive mistake
     */
    public record Report(int total, int correct, int followUpsFiledAsNew, String text) {
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    private FollowUpEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: intake-service/evaluate-followups FILE.tsv");
            System.exit(2);
        }
        Report r = evaluate(new FollowUpClassifier(), read(Path.of(args[0])));
        System.out.print(r.text());
        System.out.printf(Locale.ROOT, "accuracy=%.4f followups_filed_as_new=%d%n", r.accuracy(), r.followUpsFiledAsNew());
    }

    public static List<Labelled> read(Path file) throws IOException {
        List<Labelled> rows = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException(file + " line " + line + ": expected state<TAB>text<TAB>intent: " + l);
            }
            rows.add(new Labelled(FollowUpContext.parse(f[0]), f[1], f[2].trim()));
        }
        return rows;
    }

    public static Report evaluate(FollowUpClassifier classifier, List<Labelled> rows) {
        Map<FollowUpIntent, Map<FollowUpIntent, Integer>> confusion = new EnumMap<>(FollowUpIntent.class);
        List<String> mistakes = new ArrayList<>();
        int correct = 0;
        int filedAsNew = 0;
        for (Labelled row : rows) {
            FollowUp got = classifier.classify(row.text(), row.context());
            FollowUpIntent expected = FollowUpIntent.valueOf(row.expected().replaceAll("\\(.*", ""));
            confusion.computeIfAbsent(expected, k -> new EnumMap<>(FollowUpIntent.class)).merge(got.intent(), 1, Integer::sum);
            if (got.label().equals(row.expected())) {
                correct++;
            } else {
                mistakes.add(String.format(Locale.ROOT, "  %-12s %-18s -> %-18s %s", row.context().label(),
                        row.expected(), got.label(), row.text()));
                if (got.intent() == FollowUpIntent.NEW_COMPLAINT && expected != FollowUpIntent.AMBIGUOUS) {
                    filedAsNew++;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "follow-ups: %d   accuracy: %.4f (%d/%d)   follow-ups filed as new complaints: %d%n%n",
                rows.size(), rows.isEmpty() ? 0 : (double) correct / rows.size(), correct, rows.size(), filedAsNew));
        out.append("confusion (rows: labelled, columns: classified)\n");
        FollowUpIntent[] all = FollowUpIntent.values();
        out.append(String.format("%-17s", ""));
        for (FollowUpIntent c : all) {
            out.append(String.format(" %5s", abbreviation(c)));
        }
        out.append('\n');
        for (FollowUpIntent r : all) {
            Map<FollowUpIntent, Integer> row = confusion.get(r);
            if (row == null) {
                continue;
            }
            out.append(String.format("%-17s", r.name()));
            for (FollowUpIntent c : all) {
                int v = row.getOrDefault(c, 0);
                out.append(String.format(" %5s", v == 0 ? "." : String.valueOf(v)));
            }
            out.append('\n');
        }
        out.append("\ncolumns: ");
        for (FollowUpIntent c : all) {
            out.append(abbreviation(c)).append('=').append(c.name()).append(' ');
        }
        out.append('\n');
        if (!mistakes.isEmpty()) {
            out.append(String.format("%nmistakes (state, labelled -> classified, text)%n"));
            mistakes.forEach(m -> out.append(m).append('\n'));
        }
        return new Report(rows.size(), correct, filedAsNew, out.toString());
    }

    private static String abbreviation(FollowUpIntent i) {
        return switch (i) {
            case VERIFY_FIXED -> "FIX";
            case VERIFY_NOT_FIXED -> "NOFIX";
            case VERIFY_DONT_KNOW -> "DK";
            case STATUS -> "STAT";
            case REMINDER -> "REM";
            case ADDITION -> "ADD";
            case RATING -> "RATE";
            case REOPEN -> "REOP";
            case NEW_COMPLAINT -> "NEW";
            case AMBIGUOUS -> "AMBIG";
            case THANKS -> "THX";
        };
    }
}
