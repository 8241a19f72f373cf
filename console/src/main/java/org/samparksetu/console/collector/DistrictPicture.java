package org.samparksetu.console.collector;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The collector's page in figures, from verification's complaint list (GET /api/complaints: every complaint for the
 * collector, with its tehsil) and its accountability report (GET /api/accountability): pendency by department and
 * tehsil and age, the SLA breaches, false closures and the citizens' satisfaction, and the month's ranking.
 */
@TemplateData
@TemplateData(target = RankingRule.Ranked.class)
@TemplateData(target = RankingRule.Month.class)
public record DistrictPicture(long pending, long breaches, Double falseClosureRate, Double satisfactionRate,
                              List<PendencyRow> byDepartment, List<PendencyRow> byTehsil, PendencyRow total,
                              List<Complaint> breachList, List<Complaint> pendingList, List<Accountability> departments,
                              List<RankingRule.Ranked> ranking, String month, String previousMonth, String nextMonth) {

    /** One pending complaint as the tables and the export show it. */
    @TemplateData
    public record Complaint(String complaintId, String department, String tehsil, String state, int level,
                            Instant registeredAt, Instant dueAt, long ageDays, double daysOverdue, boolean breached,
                            boolean mayEscalate, String subject) {
    }

    /** Pending complaints of one department or tehsil, by age bucket (in {@link PendencyRule.Bucket} order). */
    @TemplateData
    public record PendencyRow(String name, List<Long> buckets, long total, long breaches) {
        static PendencyRow of(String name, long[] buckets, long breaches) {
            return new PendencyRow(name, java.util.Arrays.stream(buckets).boxed().toList(),
                    java.util.Arrays.stream(buckets).sum(), breaches);
        }
    }

    /** A department's accountability figures, as verification reports them. */
    @TemplateData
    public record Accountability(String department, long received, long disposed, long verified, long falseClosures,
                                 Double falseClosureRate, Long overdue, Long rated, Double satisfactionRate,
                                 long reopenedByCitizen, long withdrawn) {
        public String falseClosurePercent() {
            return percent(falseClosureRate);
        }

        public String satisfactionPercent() {
            return percent(satisfactionRate);
        }

        /**
         * Above verification's default threshold (sampark.verification.field-check.false-closure-threshold) at which
         * every disposal of the department goes to a field check: shown in red.
         */
        public boolean alarming() {
            return falseClosureRate != null && falseClosureRate > ALARMING_FALSE_CLOSURE_RATE;
        }
    }

    static final double ALARMING_FALSE_CLOSURE_RATE = 0.30;

    /** Shown on the page; the export carries every pending complaint. */
    static final int BREACHES_SHOWN = 100;

    public static DistrictPicture of(JsonNode complaints, JsonNode report, Instant now, YearMonth month) {
        List<Complaint> pendingList = new ArrayList<>();
        Map<String, long[]> monthFigures = new TreeMap<>();
        for (JsonNode c : complaints) {
            String state = text(c, "state");
            String department = text(c, "departmentCode");
            Instant registered = instant(c, "registeredAt");
            Instant due = instant(c, "dueAt");
            boolean pending = PendencyRule.pending(state);
            boolean breached = PendencyRule.breached(state, due, now);
            if (department != null && registered != null
                    && YearMonth.from(registered.atZone(PendencyRule.DISTRICT)).equals(month)) {
                long[] f = monthFigures.computeIfAbsent(department, d -> new long[4]);
                f[0]++;
                f[1] += "CLOSED".equals(state) ? 1 : 0;
                f[2] += pending ? 1 : 0;
                f[3] += breached ? 1 : 0;
            }
            if (!pending) {
                continue;
            }
            int level = c.path("escalationLevel").asInt(1);
            pendingList.add(new Complaint(text(c, "complaintId"), department, text(c, "tehsil"), state, level,
                    registered, due, PendencyRule.ageDays(registered, now), PendencyRule.daysOverdue(due, now), breached,
                    PendencyRule.mayEscalateToL4(state, level), text(c, "subject")));
        }
        // oldest first, so the export reads like a review meeting's list
        pendingList.sort(Comparator.comparingLong(Complaint::ageDays).reversed().thenComparing(Complaint::complaintId));
        List<Complaint> breachList = pendingList.stream().filter(Complaint::breached)
                .sorted(Comparator.comparingDouble(Complaint::daysOverdue).reversed().thenComparing(Complaint::complaintId))
                .toList();

        List<Accountability> departments = new ArrayList<>();
        long verified = 0;
        long falseClosures = 0;
        long rated = 0;
        long satisfied = 0;
        for (JsonNode d : report.path("departments")) {
            departments.add(new Accountability(text(d, "department"), d.path("received").asLong(), d.path("disposed").asLong(),
                    d.path("verified").asLong(), d.path("falseClosures").asLong(),
                    d.path("verified").asLong() == 0 ? null : d.path("falseClosureRate").asDouble(),
                    d.path("overdue").asLong(), d.path("rated").asLong(),
                    d.hasNonNull("satisfactionRate") ? d.get("satisfactionRate").asDouble() : null,
                    d.path("reopenedByCitizen").asLong(), d.path("withdrawn").asLong()));
            verified += d.path("verified").asLong();
            falseClosures += d.path("falseClosures").asLong();
            rated += d.path("rated").asLong();
            satisfied += d.path("ratedSatisfied").asLong();
        }

        List<RankingRule.Month> months = monthFigures.entrySet().stream()
                .map(e -> new RankingRule.Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        return new DistrictPicture(pendingList.size(), breachList.size(),
                verified == 0 ? null : (double) falseClosures / verified, rated == 0 ? null : (double) satisfied / rated,
                pendency(pendingList, Complaint::department), pendency(pendingList, Complaint::tehsil),
                total(pendingList),
                breachList.stream().limit(BREACHES_SHOWN).toList(), pendingList, departments,
                RankingRule.rank(months), month.toString(), month.minusMonths(1).toString(), month.plusMonths(1).toString());
    }

    private static List<PendencyRow> pendency(List<Complaint> pending, java.util.function.Function<Complaint, String> by) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Long> breaches = new LinkedHashMap<>();
        for (Complaint c : pending) {
            String name = by.apply(c) == null ? "–" : by.apply(c);
            counts.computeIfAbsent(name, n -> new long[PendencyRule.Bucket.values().length])
                    [PendencyRule.bucket(c.ageDays()).ordinal()]++;
            breaches.merge(name, c.breached() ? 1L : 0L, Long::sum);
        }
        // the heaviest pendency first: that is where the review starts
        return counts.entrySet().stream()
                .map(e -> PendencyRow.of(e.getKey(), e.getValue(), breaches.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong(PendencyRow::total).reversed().thenComparing(PendencyRow::name))
                .toList();
    }

    private static PendencyRow total(List<Complaint> pending) {
        long[] buckets = new long[PendencyRule.Bucket.values().length];
        pending.forEach(c -> buckets[PendencyRule.bucket(c.ageDays()).ordinal()]++);
        return PendencyRow.of("", buckets, pending.stream().filter(Complaint::breached).count());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : Instant.parse(t);
    }

    public String falseClosurePercent() {
        return percent(falseClosureRate);
    }

    public String satisfactionPercent() {
        return percent(satisfactionRate);
    }

    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }
}
