package org.samparksetu.verification.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.verification.rating.RatingRule;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The collector's figures, per department and per officer, worst first: a high false-closure rate, then
 * many overdue complaints. Computed from verification's own tables at the clock's "now". Citizens' ratings: the
 * first rating of each closure counts ({@code rated}; {@code satisfactionRate} = the share rated 3 or more, null
 * while none is rated), and {@code reopenedByCitizen} counts closed complaints the citizen reopened. An officer's
 * figures are the ratings of the closures that confirmed their reports.
 */
@ApplicationScoped
public class AccountabilityReport {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public record Row(String department, String officer, long received, long disposed, long verified,
                      long confirmedFixed, long falseClosures, double falseClosureRate, Double medianDaysToVerifiedClosure,
                      long overdue, long withdrawn, long rated, long ratedSatisfied, Double satisfactionRate,
                      long reopenedByCitizen) {
    }

    /** The citizens' ratings of one department's (or officer's) closures. */
    private record Ratings(long rated, long satisfied, long reopened) {
        static final Ratings NONE = new Ratings(0, 0, 0);
    }

    /** An open complaint past its deadline: the longest overdue first. */
    public record OverdueComplaint(String complaintId, String department, int escalationLevel, String state,
                                   double daysOverdue) {
    }

    public record Report(List<Row> departments, List<Row> officers, List<OverdueComplaint> worstOverdue) {
    }

    static final Comparator<Row> WORST_FIRST = Comparator.comparingDouble(Row::falseClosureRate).reversed()
            .thenComparing(Comparator.comparingLong(Row::overdue).reversed())
            .thenComparing(Row::department).thenComparing(r -> r.officer() == null ? "" : r.officer());

    @Transactional
    public Report report() {
        Timestamp now = Timestamp.from(clock.instant());
        @SuppressWarnings("unchecked")
        List<Object[]> depts = em.createNativeQuery("""
                select c.department_code,
                       count(*),
                       count(*) filter (where exists (select 1 from verification v where v.complaint_id = c.complaint_id)),
                       (select count(*) from verification v where v.department_code = c.department_code and v.verified_at is not null),
                       (select count(*) from verification v where v.department_code = c.department_code and v.state = 'CONFIRMED'),
                       (select count(*) from verification v where v.department_code = c.department_code and v.false_closure),
                       percentile_cont(0.5) within group (order by extract(epoch from (c.closed_at - c.created_at)) / 86400.0)
                           filter (where c.resolution = 'VERIFIED_FIXED'),
                       count(*) filter (where c.state in ('REGISTERED', 'REOPENED') and c.due_at < ?1),
                       count(*) filter (where c.state = 'WITHDRAWN')
                from tracked_complaint c where c.department_code is not null
                group by c.department_code""").setParameter(1, now).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> officers = em.createNativeQuery("""
                select v.department_code, coalesce(v.officer, '(unnamed)'),
                       count(distinct v.complaint_id),
                       count(*),
                       count(*) filter (where v.verified_at is not null),
                       count(*) filter (where v.state = 'CONFIRMED'),
                       count(*) filter (where v.false_closure),
                       percentile_cont(0.5) within group (order by extract(epoch from (c.closed_at - c.created_at)) / 86400.0)
                           filter (where c.resolution = 'VERIFIED_FIXED' and v.state = 'CONFIRMED'),
                       count(distinct c.complaint_id) filter (where c.state in ('REGISTERED', 'REOPENED') and c.due_at < ?1),
                       count(distinct c.complaint_id) filter (where c.state = 'WITHDRAWN')
                from verification v join tracked_complaint c on c.complaint_id = v.complaint_id
                group by v.department_code, coalesce(v.officer, '(unnamed)')""").setParameter(1, now).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> overdue = em.createNativeQuery("""
                select complaint_id, department_code, escalation_level, state,
                       extract(epoch from (?1 - due_at)) / 86400.0
                from tracked_complaint where state in ('REGISTERED', 'REOPENED') and due_at < ?1
                order by due_at, complaint_id limit 20""").setParameter(1, now).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> deptRatings = em.createNativeQuery("""
                select department_code,
                       count(*) filter (where counted),
                       count(*) filter (where counted and rating >= ?1),
                       count(*) filter (where reopened)
                from citizen_rating where department_code is not null and (counted or reopened)
                group by department_code""").setParameter(1, RatingRule.LOWEST_SATISFIED).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> officerRatings = em.createNativeQuery("""
                select v.department_code, coalesce(v.officer, '(unnamed)'),
                       count(*) filter (where r.counted),
                       count(*) filter (where r.counted and r.rating >= ?1),
                       count(*) filter (where r.reopened)
                from citizen_rating r join verification v on v.id = r.verification_id
                where r.counted or r.reopened
                group by v.department_code, coalesce(v.officer, '(unnamed)')""")
                .setParameter(1, RatingRule.LOWEST_SATISFIED).getResultList();
        Map<String, Ratings> byDept = new HashMap<>();
        deptRatings.forEach(r -> byDept.put(key((String) r[0], null), new Ratings(n(r[1]), n(r[2]), n(r[3]))));
        Map<String, Ratings> byOfficer = new HashMap<>();
        officerRatings.forEach(r -> byOfficer.put(key((String) r[0], (String) r[1]), new Ratings(n(r[2]), n(r[3]), n(r[4]))));
        return new Report(
                depts.stream().map(r -> row((String) r[0], null, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                                byDept.getOrDefault(key((String) r[0], null), Ratings.NONE)))
                        .sorted(WORST_FIRST).toList(),
                officers.stream().map(r -> row((String) r[0], (String) r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                                byOfficer.getOrDefault(key((String) r[0], (String) r[1]), Ratings.NONE)))
                        .sorted(WORST_FIRST).toList(),
                overdue.stream().map(r -> new OverdueComplaint((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        (String) r[3], Math.round(((Number) r[4]).doubleValue() * 10) / 10.0)).toList());
    }

    private static Row row(String dept, String officer, Object received, Object disposed, Object verified,
                           Object confirmed, Object falseClosures, Object median, Object overdue, Object withdrawn,
                           Ratings ratings) {
        long v = n(verified);
        long f = n(falseClosures);
        return new Row(dept, officer, n(received), n(disposed), v, n(confirmed), f, v == 0 ? 0 : (double) f / v,
                median == null ? null : Math.round(((Number) median).doubleValue() * 10) / 10.0, n(overdue),
                n(withdrawn), ratings.rated(), ratings.satisfied(),
                ratings.rated() == 0 ? null : (double) ratings.satisfied() / ratings.rated(), ratings.reopened());
    }

    private static String key(String department, String officer) {
        return department + "/" + (officer == null ? "" : officer);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
