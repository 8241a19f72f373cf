package org.samparksetu.bridge.actionreport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;


@ApplicationScoped
public class ActionReportRepository implements PanacheRepositoryBase<ActionReport, String> {

    /**
     * Inserts the report unless its ID exists; returns false for a duplicate. The primary key decides, so two
     * concurrent submissions of one report cannot both insert (the second waits, then finds the first).
     */
    public boolean insertIfAbsent(ActionReport r) {
        int inserted = getEntityManager().createNativeQuery("""
                        insert into action_report (report_id, complaint_id, department_code, grievance_id, outcome,
                                                   remarks, officer, submitted_by, source, reported_at, photos)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as text))
                        on conflict (report_id) do nothing""")
                .setParameter(1, r.reportId)
                .setParameter(2, r.complaintId)
                .setParameter(3, r.departmentCode)
                .setParameter(4, r.grievanceId)
                .setParameter(5, r.outcome)
                .setParameter(6, r.remarks)
                .setParameter(7, r.officer)
                .setParameter(8, r.submittedBy)
                .setParameter(9, r.source)
                .setParameter(10, r.reportedAt)
                .setParameter(11, r.photos)
                .executeUpdate();
        return inserted == 1;
    }
}
