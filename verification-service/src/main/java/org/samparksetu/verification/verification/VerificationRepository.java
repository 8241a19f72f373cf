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
                List.of(VerificationState.AWAITING_CITIZEN, VerificationState.FIELD_CHECK_PENDING))
                .firstResultOptional();
    }

    public List<Verification> listForComplaint(String complaintId) {
        return list("complaintId", Sort.by("requestedAt").and("id"), complaintId);
    }
}
