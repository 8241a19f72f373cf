package org.samparksetu.verification.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.TrackedComplaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A cluster is one problem: its members (the other reports of it, linked to the leader's grievance by the bridge) have
 * no clock or check of their own. Their citizens are asked about the leader's fix with the leader's citizen, the
 * answers are combined by {@link ClusterAnswerRule} into the one the leader's check takes, and when the leader closes
 * every member closes with it and its citizen is told.
 */
@ApplicationScoped
public class ClusterMembers {
    private static final Logger LOG = Logger.getLogger(ClusterMembers.class);

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    /** The members still open (not closed, not withdrawn), oldest first, locked for the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TrackedComplaint> openMembersOf(String leaderId) {
        return em.createQuery("""
                        select c from TrackedComplaint c where c.clusterLeaderId = :leader and c.state not in :done
                        order by c.createdAt, c.complaintId""", TrackedComplaint.class)
                .setParameter("leader", leaderId)
                .setParameter("done", List.of(ComplaintState.CLOSED, ComplaintState.WITHDRAWN))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * The leader's citizen is being asked "is it fixed?" about the check {@code check}: every open member's citizen is asked too,
     * each about their own complaint number, and everyone asked gets a row for their answer. Nothing when the leader
     * has no members (a complaint alone is decided by its own citizen, as before).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void askWithLeader(TrackedComplaint leader, UUID check, VerificationRequested leadersQuestion, Instant now) {
        List<TrackedComplaint> members = openMembersOf(leader.complaintId);
        if (members.isEmpty()) {
            return;
        }
        asked(check, leader.complaintId, now);
        for (TrackedComplaint member : members) {
            member.moveTo(ComplaintState.VERIFYING, now);
            asked(check, member.complaintId, now);
            outbox.emit(EventType.COMPLAINT_VERIFICATION_REQUESTED, member.complaintId, new VerificationRequested(
                    member.complaintId, check.toString(), leadersQuestion.departmentCode(), leadersQuestion.outcome(),
                    leadersQuestion.remarks(), now, leadersQuestion.kind()));
        }
        LOG.infof("complaint %s: %d co-complainants asked about check %s with its citizen", leader.complaintId,
                members.size(), check);
    }

    /**
     * Records one cluster citizen's answer to {@code check}; returns the answer the check takes now
     * ({@link ClusterAnswerRule}), empty while the cluster waits. Not a cluster check (nobody asked besides the
     * leader's citizen): the citizen's own answer, as for any complaint.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<VerificationAnswer> answer(UUID check, String complaintId, VerificationAnswer answer,
                                               String messageId, Instant now) {
        List<ClusterAnswer> asked = em.createQuery(
                        "select a from ClusterAnswer a where a.key.verificationId = :check", ClusterAnswer.class)
                .setParameter("check", check)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (asked.isEmpty()) {
            return Optional.of(answer);
        }
        asked.stream().filter(a -> a.key.complaintId().equals(complaintId)).findFirst().ifPresentOrElse(a -> {
            if (a.answer == null || a.answer != answer) {
                a.answer = answer;
                a.messageId = messageId;
                a.answeredAt = now;
            }
        }, () -> LOG.infof("complaint %s was not asked about check %s; its answer is not counted", complaintId, check));
        return ClusterAnswerRule.combine(asked.stream().map(a -> a.answer).toList());
    }

    /** The leader closed: every open member closes with the same resolution, and its citizen is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeWithLeader(TrackedComplaint leader, Instant now) {
        for (TrackedComplaint member : openMembersOf(leader.complaintId)) {
            member.close(leader.resolution, now);
            outbox.emit(EventType.COMPLAINT_CLOSED, member.complaintId,
                    new ComplaintClosed(member.complaintId, leader.departmentCode, leader.resolution, now));
            LOG.infof("complaint %s closed with its cluster leader %s (%s)", member.complaintId, leader.complaintId,
                    leader.resolution);
        }
    }

    /**
     * The leader was reopened (a failed check, or a citizen not satisfied with its closure): its members are open
     * again with it, still without a clock of their own, and are asked again about the department's next report.
     * Their citizens hear of the reopening as co-complainants.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopenWithLeader(TrackedComplaint leader, Instant now) {
        List<TrackedComplaint> members = em.createQuery("""
                        select c from TrackedComplaint c where c.clusterLeaderId = :leader and c.state <> :withdrawn""",
                        TrackedComplaint.class)
                .setParameter("leader", leader.complaintId)
                .setParameter("withdrawn", ComplaintState.WITHDRAWN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (TrackedComplaint member : members) {
            member.moveTo(ComplaintState.REOPENED, now);
            member.resolution = null;
            member.closedAt = null;
            member.escalationLevel = leader.escalationLevel;
        }
    }

    private void asked(UUID check, String complaintId, Instant now) {
        ClusterAnswer.Key key = new ClusterAnswer.Key(check, complaintId);
        if (em.find(ClusterAnswer.class, key) == null) {
            ClusterAnswer a = new ClusterAnswer();
            a.key = key;
            a.askedAt = now;
            em.persist(a);
        }
    }
}
