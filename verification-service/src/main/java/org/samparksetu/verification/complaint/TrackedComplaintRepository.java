package org.samparksetu.verification.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TrackedComplaintRepository implements PanacheRepositoryBase<TrackedComplaint, String> {

    /**
     * Creates the complaint unless it exists, then locks its row until the transaction ends. The three
     * consumers may handle events of one complaint at the same moment (they read different topics);
     * the insert-if-absent lets neither fail on a duplicate key and the row lock makes them take turns.
     */
    public TrackedComplaint trackAndLock(String complaintId, String departmentCode, String grievanceId,
                                         Instant now, Instant dueAt) {
        // Times come from the service's clock, never the database's now(): tests move that clock.
        getEntityManager().createNativeQuery("""
                        insert into tracked_complaint (complaint_id, department_code, grievance_id, state, escalation_level,
                                                       state_changed_at, created_at, due_at)
                        values (?1, ?2, ?3, 'REGISTERED', ?4, ?5, ?5, ?6)
                        on conflict (complaint_id) do nothing""")
                .setParameter(1, complaintId)
                .setParameter(2, departmentCode)
                .setParameter(3, grievanceId)
                .setParameter(4, EscalationRule.FIRST_LEVEL)
                .setParameter(5, java.sql.Timestamp.from(now))
                .setParameter(6, java.sql.Timestamp.from(dueAt))
                .executeUpdate();
        return findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Complaints whose department must act and whose deadline (or reminder time) has come. */
    public List<String> dueBy(Instant at) {
        return getEntityManager().createQuery("select c.complaintId from TrackedComplaint c where c.state in ?1 "
                        + "and c.dueAt <= ?2 and c.escalationLevel < 3 order by c.dueAt", String.class)
                .setParameter(1, List.of(ComplaintState.REGISTERED, ComplaintState.REOPENED))
                .setParameter(2, at).getResultList();
    }

    public List<String> reminderDueBy(Instant remindFrom) {
        return getEntityManager().createQuery("select c.complaintId from TrackedComplaint c where c.state in ?1 "
                        + "and c.dueAt <= ?2 and c.deadlineRemindedAt is null order by c.dueAt", String.class)
                .setParameter(1, List.of(ComplaintState.REGISTERED, ComplaintState.REOPENED))
                .setParameter(2, remindFrom).getResultList();
    }

    /** The complaint, locked until the transaction ends, if verification knows it. */
    public Optional<TrackedComplaint> lock(String complaintId) {
        return findByIdOptional(complaintId, LockModeType.PESSIMISTIC_WRITE);
    }
}
