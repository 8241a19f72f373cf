package org.samparksetu.bridge.registration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.List;

/**
 * A cluster is one problem (many people reporting one burnt transformer): only its leader is registered on Rajasthan
 * Sampark, so the department answers it once. Every other report is LINKED to the leader's registration and announced
 * with the leader's grievance number as soon as there is one (and again with a new number after a reopening), so each
 * citizen hears where their complaint stands. A member split off by the grievance cell is registered on its own.
 */
@ApplicationScoped
public class ClusterLinks {
    private static final Logger LOG = Logger.getLogger(ClusterLinks.class);

    @Inject
    RegistrationRepository registrations;
    @Inject
    Outbox outbox;
    @Inject
    Event<RegistrationQueued> queued;
    @Inject
    MeterRegistry metrics;

    /** The leader named by {@code complaint.routed}, or null when the complaint leads or is in no cluster. */
    static String leaderOf(ComplaintRouted routed) {
        String cluster = RoutedComplaintService.stripped(routed.clusterId());
        return cluster == null || cluster.equals(routed.complaintId()) ? null : cluster;
    }

    /** A new member: linked, and announced at once if its leader already has a grievance. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void link(Registration member, String leaderId, Instant now) {
        member.state = Registration.State.LINKED;
        member.leaderComplaintId = leaderId;
        registrations.persist(member);
        metrics.counter("sampark.registrations.linked").increment();
        Registration leader = registrations.findById(leaderId);
        if (leader != null && leader.state == Registration.State.REGISTERED) {
            announce(member, leader, now);
        } else {
            LOG.infof("complaint %s linked to cluster leader %s, which has no grievance yet", member.complaintId, leaderId);
        }
    }

    /**
     * Routing's newer word on a LINKED complaint: split off (no leader) it is queued for a registration of its own;
     * moved to another cluster it follows that leader; the same decision again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void routedAgain(Registration member, Registration asRoutedNow, String leaderId, Instant now) {
        if (leaderId == null) {
            Registration own = asRoutedNow;
            member.departmentCode = own.departmentCode;
            member.subject = own.subject;
            member.description = own.description;
            member.subjectCode = own.subjectCode;
            member.leaderComplaintId = null;
            member.state = Registration.State.PENDING;
            member.entryMode = own.entryMode;
            member.nextAttemptAt = now;
            member.queuedAt = now;
            member.updatedAt = now;
            member.routedTransfers = own.routedTransfers;
            queued.fire(RegistrationQueued.INSTANCE);
            metrics.counter("sampark.registrations.split").increment();
            LOG.infof("complaint %s split from its cluster; queued for a registration of its own", member.complaintId);
        } else if (!leaderId.equals(member.leaderComplaintId)) {
            member.leaderComplaintId = leaderId;
            member.updatedAt = now;
            Registration leader = registrations.findById(leaderId);
            if (leader != null && leader.state == Registration.State.REGISTERED) {
                announce(member, leader, now);
            }
        }
    }

    /** The leader has a grievance (its first, or a new one after a reopening): every linked member hears it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leaderRegistered(Registration leader, Instant now) {
        List<Registration> members = registrations.list("leaderComplaintId = ?1 and state = ?2 order by createdAt",
                leader.complaintId, Registration.State.LINKED);
        for (Registration member : members) {
            announce(member, leader, now);
        }
    }

    private void announce(Registration member, Registration leader, Instant now) {
        member.registeredAt = now;
        member.updatedAt = now;
        member.mode = ComplaintRegistered.MODE_LINKED;
        outbox.emit(EventType.COMPLAINT_REGISTERED, member.complaintId, new ComplaintRegistered(member.complaintId,
                leader.departmentCode, leader.grievanceId, ComplaintRegistered.MODE_LINKED, now, leader.subjectCode,
                leader.complaintId));
        LOG.infof("complaint %s shares grievance %s of its cluster leader %s", member.complaintId, leader.grievanceId,
                leader.complaintId);
    }
}
