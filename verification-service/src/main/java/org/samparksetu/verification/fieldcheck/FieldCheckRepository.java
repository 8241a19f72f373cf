package org.samparksetu.verification.fieldcheck;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FieldCheckRepository implements PanacheRepositoryBase<FieldCheck, UUID> {
    /** The check that counts for a verification: not cancelled and not replaced by another. The database allows one. */
    public Optional<FieldCheck> findLive(UUID verificationId) {
        return find("verificationId = ?1 and state not in ?2", verificationId,
                List.of(FieldCheck.State.CANCELLED, FieldCheck.State.SET_ASIDE)).firstResultOptional();
    }

    public List<FieldCheck> assignedTo(String verifier) {
        return list("verifier = ?1 and state = ?2", Sort.by("assignedAt"), verifier, FieldCheck.State.ASSIGNED);
    }

    public List<FieldCheck> forComplaint(String complaintId) {
        return list("complaintId", Sort.by("assignedAt"), complaintId);
    }

    /** Flagged checks waiting for the grievance cell, the review due soonest first. */
    public List<FieldCheck> flagged() {
        return list("state", Sort.by("reviewDueAt").and("assignedAt"), FieldCheck.State.FLAGGED);
    }

    /** How many checks each verifier still has to visit. */
    public Map<String, Long> openChecksByVerifier() {
        Map<String, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select f.verifier, count(f) from FieldCheck f where f.state = ?1 group by f.verifier",
                        Object[].class)
                .setParameter(1, FieldCheck.State.ASSIGNED).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public List<UUID> visitOverdue(Instant at) {
        return getEntityManager().createQuery("select f.id from FieldCheck f where f.state = ?1 and f.dueAt <= ?2 "
                        + "order by f.dueAt", UUID.class)
                .setParameter(1, FieldCheck.State.ASSIGNED).setParameter(2, at).getResultList();
    }

    public List<UUID> reviewOverdue(Instant at) {
        return getEntityManager().createQuery("select f.id from FieldCheck f where f.state = ?1 and f.reviewDueAt <= ?2 "
                        + "order by f.reviewDueAt", UUID.class)
                .setParameter(1, FieldCheck.State.FLAGGED).setParameter(2, at).getResultList();
    }
}
