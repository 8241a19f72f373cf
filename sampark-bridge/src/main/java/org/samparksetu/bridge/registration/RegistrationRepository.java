package org.samparksetu.bridge.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, String> {

    /**
     * Locks up to {@code limit} due PENDING rows for the calling transaction. SKIP LOCKED lets several
     * bridge instances sweep at once without waiting on, or taking, each other's rows.
     */
    @SuppressWarnings("unchecked")
    public List<Registration> lockDue(Instant now, int limit) {
        List<String> ids = getEntityManager().createNativeQuery("""
                        select complaint_id from registration
                        where state = 'PENDING' and next_attempt_at <= ?1
                        order by next_attempt_at
                        limit ?2
                        for update skip locked""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(this::findById).toList();
    }

    public long countPending() {
        return count("state", Registration.State.PENDING);
    }
}
