package org.samparksetu.verification.verification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VerificationRepository implements PanacheRepositoryBase<Verification, UUID> {

    public Optional<Verification> findByReportId(String reportId) {
        return find("reportId", reportId).firstResultOptional();
    }

    /** The complaint's open check, if any; the database allows at most one. */
    public Optional<Verification> findOpen(String complaintId) {
        return find("complaintId = ?1 and state in ?2", complaintId,
                List.of(VerificationState.AWAITING_CITIZEN, VerificationState.FIELD_CHECK_PENDING,
                        VerificationState.APPEAL_OFFERED))
                .firstResultOptional();
    }

    public List<Verification> listForComplaint(String complaintId) {
        return list("complaintId", Sort.by("requestedAt").and("id"), complaintId);
    }

    /** The department's {checks with a verdict, of which false closures}: decides whether all its disposals are checked. */
    public long[] falseClosureRecord(String departmentCode) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        select count(*) filter (where verified_at is not null), count(*) filter (where false_closure)
                        from verification where department_code = ?1""")
                .setParameter(1, departmentCode).getSingleResult();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The latest check of the complaint that is waiting for the citizen's reason for disputing it. */
    public Optional<Verification> awaitingReason(String complaintId) {
        return find("complaintId = ?1 and awaitingReason = true", Sort.by("requestedAt").descending(), complaintId)
                .firstResultOptional();
    }

    public List<Verification> citizenReminderDue(java.time.Instant at) {
        return list("state = ?1 and remindedAt is null and reminderDueAt <= ?2", VerificationState.AWAITING_CITIZEN, at);
    }

    public List<Verification> citizenSilenceDue(java.time.Instant at) {
        return list("state = ?1 and silenceDueAt <= ?2", VerificationState.AWAITING_CITIZEN, at);
    }
}
