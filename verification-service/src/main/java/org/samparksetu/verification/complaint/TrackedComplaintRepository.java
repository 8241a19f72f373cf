package org.samparksetu.verification.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;

@ApplicationScoped
public class TrackedComplaintRepository implements PanacheRepositoryBase<TrackedComplaint, String> {

    /**
     * Creates the complaint unless it exists, then locks its row until the transaction ends. The three
     * consumers may handle events of one complaint at the same moment (they read different topics);
     * the insert-if-absent lets neither fail on a duplicate key and the row lock makes them take turns.
     */
    public TrackedComplaint trackAndLock(String complaintId, String departmentCode, String grievanceId) {
        getEntityManager().createNativeQuery("""
                        insert into tracked_complaint (complaint_id, department_code, grievance_id, state, escalation_level)
                        values (?1, ?2, ?3, 'REGISTERED', ?4)
                        on conflict (complaint_id) do nothing""")
                .setParameter(1, complaintId)
                .setParameter(2, departmentCode)
                .setParameter(3, grievanceId)
                .setParameter(4, TrackedComplaint.FIRST_LEVEL)
                .executeUpdate();
        return findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The complaint, locked until the transaction ends, if verification knows it. */
    public Optional<TrackedComplaint> lock(String complaintId) {
        return findByIdOptional(complaintId, LockModeType.PESSIMISTIC_WRITE);
    }
}
