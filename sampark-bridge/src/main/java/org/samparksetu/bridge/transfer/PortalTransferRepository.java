package org.samparksetu.bridge.transfer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PortalTransferRepository implements PanacheRepositoryBase<PortalTransfer, Long> {

    /** The complaint's move still to make, if any (a unique index allows one). */
    public Optional<PortalTransfer> pendingOf(String complaintId) {
        return find("complaintId = ?1 and state = ?2", complaintId, PortalTransfer.State.PENDING).firstResultOptional();
    }

    /** The complaint's last move made, if any. */
    public Optional<PortalTransfer> lastDoneOf(String complaintId) {
        return find("complaintId = ?1 and state = ?2 order by doneAt desc, id desc", complaintId, PortalTransfer.State.DONE)
                .firstResultOptional();
    }

    public long countDone(String complaintId) {
        return count("complaintId = ?1 and state = ?2", complaintId, PortalTransfer.State.DONE);
    }

    /** Moves the operator is to make by hand, oldest first. */
    public List<PortalTransfer> pendingForOperator() {
        return list("state = ?1 and entryMode = ?2 order by requestedAt, id", PortalTransfer.State.PENDING, "OPERATOR");
    }

    /**
     * Locks up to {@code limit} API moves that are due, skipping rows another sweep holds (several bridge instances
     * may sweep at once).
     */
    @SuppressWarnings("unchecked")
    public List<PortalTransfer> lockDue(Instant now, int limit) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                        select id from portal_transfer
                        where state = 'PENDING' and entry_mode = 'API' and next_attempt_at <= ?1
                        order by next_attempt_at
                        limit ?2
                        for update skip locked""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(id -> findById(id.longValue())).toList();
    }
}
