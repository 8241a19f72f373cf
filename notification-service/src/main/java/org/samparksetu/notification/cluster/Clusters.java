package org.samparksetu.notification.cluster;

import jakarta.inject.Inject;
import java.time.Clock;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/** Co-complainants: who hears the progress of which leading complaint. */
@ApplicationScoped
public class Clusters implements PanacheRepositoryBase<ComplaintCluster, String> {
    private static final Logger LOG = Logger.getLogger(Clusters.class);
    @Inject
    Clock clock;

    /**
     * complaint.routed said {@code memberId} belongs to the cluster led by {@code leaderId}; the latest word wins. A
     * routing without a cluster for a complaint that was a member means it left the cluster (the grievance cell split
     * it off as another problem, or it moved to another department): it stops hearing the leader's progress.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void join(String memberId, String leaderId) {
        if (memberId == null) {
            return;
        }
        if (leaderId == null || leaderId.isBlank()) {
            ComplaintCluster was = findById(memberId);
            if (was != null) {
                LOG.infof("complaint %s left the cluster of %s: no more of its progress", memberId, was.leaderId);
                delete(was);
            }
            return;
        }
        if (memberId.equals(leaderId)) {
            return;
        }
        ComplaintCluster c = findById(memberId);
        if (c == null) {
            c = new ComplaintCluster();
            c.memberId = memberId;
            c.joinedAt = clock.instant();
            c.leaderId = leaderId;
            persist(c);
        } else {
            c.leaderId = leaderId;
        }
    }

    /** The other complaints in the cluster this complaint leads, oldest first. */
    public List<String> membersOf(String leaderId) {
        return list("leaderId = ?1 order by joinedAt, memberId", leaderId).stream().map(c -> c.memberId).toList();
    }
}
