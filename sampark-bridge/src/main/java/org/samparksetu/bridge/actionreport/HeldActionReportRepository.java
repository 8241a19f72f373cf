package org.samparksetu.bridge.actionreport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class HeldActionReportRepository implements PanacheRepositoryBase<HeldActionReport, String> {

    /** Holds the report unless one with its ID is already held; the primary key decides under concurrency. */
    public boolean insertIfAbsent(HeldActionReport h) {
        return getEntityManager().createNativeQuery("""
                        insert into held_action_report (report_id, complaint_id, department_code, source, submitted_by,
                                                        request, held_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (report_id) do nothing""")
                .setParameter(1, h.reportId)
                .setParameter(2, h.complaintId)
                .setParameter(3, h.departmentCode)
                .setParameter(4, h.source)
                .setParameter(5, h.submittedBy)
                .setParameter(6, h.request)
                .setParameter(7, h.heldAt)
                .executeUpdate() == 1;
    }

    public List<HeldActionReport> of(String complaintId) {
        return list("complaintId = ?1 order by heldAt, reportId", complaintId);
    }
}
