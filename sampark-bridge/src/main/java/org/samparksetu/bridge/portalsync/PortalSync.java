package org.samparksetu.bridge.portalsync;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.actionreport.ActionReportService;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.transfer.TransferService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The poller's state changes, each one transaction: a grievance's new status (and its disposal), the watermark. */
@ApplicationScoped
public class PortalSync {
    private static final Logger LOG = Logger.getLogger(PortalSync.class);
    static final String WATERMARK = "grievance-updates";

    @Inject
    EntityManager em;
    @Inject
    RegistrationRepository registrations;
    @Inject
    ActionReportService reports;
    @Inject
    TransferService transfers;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    @Transactional
    public Instant watermark(Instant initial) {
        PortalPoll p = em.find(PortalPoll.class, WATERMARK);
        return p == null ? initial : p.watermark;
    }

    @Transactional
    public void advance(Instant to) {
        PortalPoll p = em.find(PortalPoll.class, WATERMARK, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            p = new PortalPoll();
            p.name = WATERMARK;
            p.watermark = to;
            em.persist(p);
        } else if (to.isAfter(p.watermark)) {
            p.watermark = to;
        }
    }

    /**
     * Applies one grievance as the portal shows it: records its status on the complaint's registration and, for
     * a disposal, files the one action report it stands for. Returns true if a new report was filed.
     */
    @Transactional
    public boolean apply(PortalGrievance g) {
        Registration r = registrations.findByGrievanceId(g.grievanceId());
        if (r == null) {
            return false; // not one of ours (or an earlier grievance of a reopened complaint)
        }
        Instant updated = g.updatedAt() == null ? null : g.updatedAt().truncatedTo(ChronoUnit.MICROS);
        if (g.status() != null && !g.status().equals(r.portalStatus)
                && (r.portalUpdatedAt == null || updated == null || !updated.isBefore(r.portalUpdatedAt))) {
            LOG.infof("complaint %s: grievance %s is now %s on the portal", r.complaintId, g.grievanceId(), g.status());
            metrics.counter("sampark.portal.status-changes", "status", g.status()).increment();
            r.portalStatus = g.status();
            r.portalUpdatedAt = updated;
            r.updatedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        }
        // A move to the department the complaint was re-routed to, seen made on the portal, is recorded before any
        // disposal the new department made there (so its report follows complaint.transferred, never precedes it).
        transfers.seenOnPortal(r.complaintId, g.grievanceId(), g.department());
        return g.disposed() && reports.fileFromPortal(g);
    }
}
