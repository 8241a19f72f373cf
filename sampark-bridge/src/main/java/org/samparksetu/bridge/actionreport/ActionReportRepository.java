package org.samparksetu.bridge.actionreport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ActionReportRepository implements PanacheRepositoryBase<ActionReport, String> {

    /** Inserts the report unless its ID exists; returns false for a duplicate. */
    public boolean insertIfAbsent(ActionReport r) {
        return InsertIfAbsent.insert(getEntityManager(), """
                        insert into action_report (report_id, complaint_id, department_code, grievance_id, outcome,
                                                   remarks, officer, submitted_by, source, reported_at, photos)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as text))
                        on conflict (report_id) do nothing""",
                r.reportId, r.complaintId, r.departmentCode, r.grievanceId, r.outcome, r.remarks, r.officer,
                r.submittedBy, r.source, r.reportedAt, r.photos);
    }
}
