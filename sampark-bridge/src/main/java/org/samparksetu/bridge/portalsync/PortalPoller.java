package org.samparksetu.bridge.portalsync;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.portal.SamparkPortal;
import org.samparksetu.messaging.schedule.RoundClaim;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * API mode: asks the portal what changed since the last poll ({@code updatedSince}) and brings officers'
 * actions and disposals back. Each disposal becomes exactly one {@code complaint.action-reported} (source
 * PORTAL): the report is keyed by grievance and disposal time, so overlapping polls and restarts repeat nothing.
 * The watermark moves only after every change up to it has been applied.
 */
@ApplicationScoped
public class PortalPoller {
    private static final Logger LOG = Logger.getLogger(PortalPoller.class);

    @Inject
    PollerConfig config;
    @Inject
    SamparkPortal portal;
    @Inject
    PortalSync sync;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;
    @Inject
    RoundClaim rounds;

    /**
     * One instance per round: a poll files action reports and moves the watermark, and two at once would ask the
     * portal the same question twice and race to apply the same disposals (the report's key keeps them single, but
     * the portal's rate and the watermark are not for sharing).
     */
    @Scheduled(every = "${sampark.poller.interval:30s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled() && rounds.claim("portal-poll", config.interval())) {
            poll();
        }
    }

    /** One poll; returns how many new action reports it filed. Public for tests and tools. */
    public int poll() {
        Instant watermark = sync.watermark(Instant.now(clock).minus(config.initialLookBack()));
        List<PortalGrievance> changed;
        try {
            changed = portal.updatedSince(watermark.minus(config.overlap()));
        } catch (RuntimeException e) {
            metrics.counter("sampark.portal.polls", "result", "failed").increment();
            LOG.infof("portal poll failed (%s); will try again at the next interval", e.toString());
            return 0;
        }
        int filed = 0;
        Instant highest = watermark;
        for (PortalGrievance g : changed) {
            if (sync.apply(g)) {
                filed++;
            }
            if (g.updatedAt() != null && g.updatedAt().isAfter(highest)) {
                highest = g.updatedAt();
            }
        }
        sync.advance(highest);
        metrics.counter("sampark.portal.polls", "result", "ok").increment();
        return filed;
    }
}
