package org.samparksetu.verification.appeal;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.messaging.schedule.RoundClaim;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Ends appeal offers nobody answered, against the service's clock (the deadlines are columns, so a restart loses
 * none). Runs with the deadline scheduler's period; tests call {@link #tick()} after moving the clock.
 */
@ApplicationScoped
public class AppealScheduler {
    private static final Logger LOG = Logger.getLogger(AppealScheduler.class);

    @Inject
    Clock clock;
    @Inject
    AppealService appeals;

    @Inject
    RoundClaim rounds;
    /** Read only when the schedule fires: the test profile turns it "off", which is no interval. */
    @ConfigProperty(name = "sampark.verification.deadline.tick", defaultValue = "60s")
    String every;

    /**
     * One instance per round: a tick ends unanswered appeal offers, and two instances ticking at once would both
     * find the same offers due. Tests call {@link #tick()} directly, which claims nothing.
     */
    @Scheduled(every = "${sampark.verification.deadline.tick:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (rounds.claim("appeal-silence", every)) {
            tick();
        }
    }

    /** One pass over every appeal period ended at the clock's "now". Returns that now. */
    public synchronized Instant tick() {
        Instant now = clock.instant();
        for (UUID id : appeals.silenceDue(now)) {
            try {
                appeals.onSilence(id, now);
            } catch (RuntimeException e) {
                // one complaint's failure must not stop the others; the next tick tries it again
                LOG.warn("ending an unanswered appeal offer failed; it is retried on the next tick", e);
            }
        }
        return now;
    }
}
