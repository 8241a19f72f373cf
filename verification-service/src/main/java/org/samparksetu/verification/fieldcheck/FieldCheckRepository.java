package org.samparksetu.verification.fieldcheck;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FieldCheckRepository implements PanacheRepositoryBase<FieldCheck, UUID> {
    public Optional<FieldCheck> findLive(UUID verificationId) {
        return find("verificationId = ?1 and state <> ?2", verificationId, FieldCheck.State.CANCELLED).firstResultOptional();
    }

    public List<FieldCheck> assignedTo(String verifier) {
        return list("verifier = ?1 and state = ?2", Sort.by("assignedAt"), verifier, FieldCheck.State.ASSIGNED);
    }

    public List<FieldCheck> forComplaint(String complaintId) {
        return list("complaintId", Sort.by("assignedAt"), complaintId);
    }
}
