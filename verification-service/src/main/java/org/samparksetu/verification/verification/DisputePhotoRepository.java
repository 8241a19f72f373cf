package org.samparksetu.verification.verification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DisputePhotoRepository implements PanacheRepositoryBase<DisputePhoto, Long> {

    public List<DisputePhoto> forVerification(UUID verificationId) {
        return list("verificationId", Sort.by("receivedAt").and("id"), verificationId);
    }

    public boolean has(UUID verificationId, String sha256) {
        return count("verificationId = ?1 and sha256 = ?2", verificationId, sha256) > 0;
    }
}
