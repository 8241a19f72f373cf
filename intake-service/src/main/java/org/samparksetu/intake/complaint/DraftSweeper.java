package org.samparksetu.intake.complaint;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.messaging.schedule.RoundClaim;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Finishes complaints that are complete (quiet after their last part, at the cap, or a pin alone that waited for
 * words in vain; see {@link AssemblyWindow}). Each in its own transaction that takes the citizen's lock first (the
 * same order as the webhook path, so the two never deadlock), then re-checks the complaint: a message that arrived
 * meanwhile (it moved the end), a withdrawal, or another instance may have got there first.
 */
@ApplicationScoped
public class DraftSweeper {
    private static final Logger LOG = Logger.getLogger(DraftSweeper.class);
    private static final int BATCH = 100;

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    ComplaintScreening screening;
    @Inject
    Citizens citizens;
    @Inject
    ComplaintRepository complaints;
    @Inject
    IntakeConfig config;
    @Inject
    RoundClaim rounds;

    /**
     * One instance per round. Finishing is safe on any number of instances (the citizen's lock and the re-check),
     * but two sweeps at once would read the same due drafts in the same order and queue on the same locks, doing the
     * work once at twice the cost; one instance drains every due draft in its round (see {@link #sweep()}).
     */
    @Scheduled(every = "${intake.complaint.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (rounds.claim("draft-sweep", config.complaint().sweepInterval())) {
            sweep();
        }
    }

    /**
     * Drains every due draft, a batch at a time, rather than one batch per tick: with one batch per tick the sweep
     * capped finished complaints at BATCH per interval whatever the load. A batch in which nothing could be finished
     * (every draft failed) ends the sweep, so a poisoned draft cannot spin it; the next tick tries again.
     */
    void sweep() {
        List<Object[]> due;
        do {
            due = dueDrafts();
            int finished = 0;
            for (Object[] draft : due) {
                try {
                    finishIfDue((String) draft[0], (String) draft[1]);
                    finished++;
                } catch (RuntimeException e) {
                    LOG.warnf(e, "complaint %s could not be finished yet; will retry", draft[0]);
                }
            }
            if (finished == 0) {
                return;
            }
        } while (due.size() == BATCH);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Object[]> dueDrafts() {
        return em.createNativeQuery("""
                        select complaint_id, citizen_wa_id from complaint
                        where status = 'DRAFT' and window_closes_at <= ?1 order by window_closes_at limit\s""" + BATCH) // \s: a text block drops trailing spaces ("limit100")
                .setParameter(1, Instant.now(clock))
                .getResultList();
    }

    @Transactional
    public void finishIfDue(String complaintId, String citizen) {
        citizens.lock(citizen);
        Complaint c = complaints.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (c != null && c.status == Complaint.Status.DRAFT && c.windowClosesAt != null
                && !c.windowClosesAt.isAfter(Instant.now(clock))) {
            screening.finish(c);
        }
    }
}
