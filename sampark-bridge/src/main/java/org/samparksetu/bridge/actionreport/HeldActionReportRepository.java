package org.samparksetu.bridge.actionreport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class HeldActionReportRepository implements PanacheRepositoryBase<HeldActionReport, String> {

    /** Holds the report unless one with its ID is already held; returns false if it was. */
    public boolean insertIfAbsent(HeldActionReport h) {
        return InsertIfAbsent.insert(getEntityManager(), """
                        insert into held_action_report (report_id, complaint_id, department_code, source, submitted_by,
                                                        request, held_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (report_id) do nothing""",
                h.reportId, h.complaintId, h.departmentCode, h.source, h.submittedBy, h.request, h.heldAt);
    }

    public List<HeldActionReport> of(String complaintId) {
        return list("complaintId = ?1 order by heldAt, reportId", complaintId);
    }
}
