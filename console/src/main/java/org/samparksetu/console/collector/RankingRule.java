package org.samparksetu.console.collector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The month's ranking of departments for the district review: of the complaints registered with a department in the
 * month, the smaller the share still overdue the better; then the larger the share closed; then the more complaints
 * handled (a department that closed 40 of 40 ranks above one that closed 2 of 2); then by code, so the order is always
 * the same. A department with no complaint in the month is not ranked. Equal figures share a rank (1, 2, 2, 4).
 */
public final class RankingRule {

    /** One department's month: complaints registered, closed, still pending, pending past the deadline. */
    public record Month(String department, long received, long closed, long pending, long overdue) {
        public double overdueShare() {
            return received == 0 ? 0 : (double) overdue / received;
        }

        public double closedShare() {
            return received == 0 ? 0 : (double) closed / received;
        }
    }

    public record Ranked(int rank, Month month) {
    }

    static final Comparator<Month> BETTER_FIRST = Comparator.comparingDouble(Month::overdueShare)
            .thenComparing(Comparator.comparingDouble(Month::closedShare).reversed())
            .thenComparing(Comparator.comparingLong(Month::received).reversed());

    private RankingRule() {
    }

    public static List<Ranked> rank(List<Month> months) {
        List<Month> sorted = months.stream().filter(m -> m.received() > 0)
                .sorted(BETTER_FIRST.thenComparing(Month::department)).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && BETTER_FIRST.compare(sorted.get(i - 1), sorted.get(i)) == 0;
            ranked.add(new Ranked(tie ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return ranked;
    }
}
