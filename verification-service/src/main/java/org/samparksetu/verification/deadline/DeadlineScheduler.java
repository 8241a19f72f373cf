package org.samparksetu.verification.deadline;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.messaging.schedule.RoundClaim;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * Evaluates every deadline in the database against the service's clock. The deadlines are columns, not
 * timers, so a restart loses none: the first tick after it catches up. Tests call {@link #tick()} after
 * moving the clock.
 */
@ApplicationScoped
public class DeadlineScheduler {
    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class);

    @Inject
    Clock clock;
    @Inject
    DeadlineService deadlines;
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    VerificationConfig config;
    @Inject
    org.samparksetu.verification.fieldcheck.FieldCheckRepository fieldChecks;

    @Inject
    RoundClaim rounds;
    /** Read only when the schedule fires: the test profile turns it "off", which is no interval. */
    @ConfigProperty(name = "sampark.verification.deadline.tick", defaultValue = "60s")
    String every;

    /**
     * One instance per round: a tick escalates, reminds officers and citizens and sends field checks, and two
     * instances ticking at once would both find the same rows due and race to send the same reminders. Tests call
     * {@link #tick()} directly, which claims nothing.
     */
    @Scheduled(every = "${sampark.verification.deadline.tick:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (rounds.claim("verification-deadlines", every)) {
            tick();
        }
    }

    /** One pass over everything due at the clock's "now". Returns that now. */
    public synchronized Instant tick() {
        Instant now = clock.instant();
        for (String id : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> complaints.dueBy(now))) {
            run(() -> deadlines.escalateIfOverdue(id, now));
        }
        Instant remindFrom = now.plus(config.deadline().remindBefore());
        for (String id : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> complaints.reminderDueBy(remindFrom))) {
            run(() -> deadlines.remindOfficersIfDue(id, now));
        }
        for (Verification v : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> verifications.citizenReminderDue(now))) {
            run(() -> deadlines.remindCitizenIfDue(v.id, now));
        }
        for (Verification v : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> verifications.citizenSilenceDue(now))) {
            run(() -> deadlines.sendFieldCheckOnSilence(v.id, now));
        }
        // After the silence step: a check it sends now is due a visit days later, never overdue in the same tick.
        for (java.util.UUID id : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> fieldChecks.visitOverdue(now))) {
            run(() -> deadlines.flagOverdueVisit(id, now));
        }
        for (java.util.UUID id : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> fieldChecks.reviewOverdue(now))) {
            run(() -> deadlines.resendOverdueReview(id, now));
        }
        return now;
    }

    /** One complaint's failure must not stop the others; the next tick tries it again. */
    private static void run(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.warn("a deadline step failed; it is retried on the next tick", e);
        }
    }
}
