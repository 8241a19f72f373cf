package org.samparksetu.bridge.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, String> {

    /**
     * A WITHDRAWN row still marked ambiguous was being sent when the withdrawal came: it is claimed once more, for
     * a look-up only, so a grievance the portal made from that attempt is found and closed, never forgotten.
     * Locks up to {@code limit} due PENDING rows for the calling transaction. SKIP LOCKED lets several
     * bridge instances sweep at once without waiting on, or taking, each other's rows.
     */
    @SuppressWarnings("unchecked")
    public List<Registration> lockDue(Instant now, int limit) {
        List<String> ids = getEntityManager().createNativeQuery("""
                        select complaint_id from registration
                        where (state = 'PENDING' or (state = 'WITHDRAWN' and ambiguous))
                          and entry_mode = 'API' and next_attempt_at <= ?1
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

    /** When the longest-waiting PENDING registration was queued (null if none is waiting). */
    public java.time.Instant oldestPendingSince() {
        return getEntityManager().createQuery(
                        "select min(r.queuedAt) from Registration r where r.state = ?1", java.time.Instant.class)
                .setParameter(1, Registration.State.PENDING).getSingleResult();
    }

    /** The operator's queue: complaints waiting to be entered on the portal by hand, oldest first. */
    public java.util.List<Registration> operatorQueue() {
        return list("state = ?1 and entryMode = ?2 order by queuedAt", Registration.State.PENDING, Registration.ENTRY_OPERATOR);
    }

    public Registration findByGrievanceId(String grievanceId) {
        return find("grievanceId", grievanceId).firstResult();
    }
}
