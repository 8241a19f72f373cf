package org.samparksetu.bridge.registration;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.AmbiguousPortalOutcomeException;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.portal.PortalRejectedException;
import org.samparksetu.bridge.portal.PortalUnavailableException;
import org.samparksetu.bridge.portal.SamparkPortal;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registers PENDING complaints on the portal, on a thread of its own: woken as soon as a routed complaint
 * commits, and sweeping on an interval for retries. The rule it keeps: a complaint is never registered
 * twice. A row whose last request may have reached the portal is looked up by reference first, and an
 * existing grievance is adopted instead of registering again.
 */
@ApplicationScoped
public class Registrar {
    private static final Logger LOG = Logger.getLogger(Registrar.class);
    public static final String MODE_API = "API";

    @Inject
    RegistrationService service;
    @Inject
    RegistrationRepository registrations;
    @Inject
    SamparkPortal portal;
    @Inject
    MeterRegistry metrics;

    @Inject
    RegistrarConfig config;

    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong waiting = new AtomicLong();
    private Thread thread;

    void start(@Observes StartupEvent ev) {
        metrics.gauge("sampark.registrations.waiting", waiting, AtomicLong::doubleValue);
        if (!config.enabled()) {
            LOG.info("registrar disabled (sampark.registrar.enabled=false): PENDING registrations wait");
            return;
        }
        running.set(true);
        thread = new Thread(this::loop, "sampark-registrar");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        running.set(false);
        wake.release();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationQueued ignored) {
        wake.release();
    }

    private void loop() {
        while (running.get()) {
            try {
                int claimed = sweep();
                if (claimed >= config.batchSize()) {
                    continue; // more are due: do not sleep
                }
                wake.tryAcquire(config.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                if (!running.get()) {
                    return;
                }
                Thread.interrupted(); // a stray interrupt (e.g. a fault-tolerance timeout) must not end the loop
            } catch (RuntimeException e) {
                LOG.warnf("registrar sweep failed: %s; will retry", e.toString());
                sleepQuietly(config.sweepInterval().toMillis());
            }
        }
    }

    /** Attempts every due registration once; returns how many it claimed. Public for tests and tools. */
    public int sweep() {
        List<RegistrationService.Claim> claims = service.claimDue(config.batchSize());
        for (RegistrationService.Claim claim : claims) {
            attempt(claim);
        }
        if (!claims.isEmpty()) {
            countWaiting();
        }
        return claims.size();
    }

    void attempt(RegistrationService.Claim claim) {
        String id = claim.complaintId();
        boolean unresolved = claim.lookUpFirst();
        try {
            if (claim.lookUpFirst()) {
                List<PortalGrievance> existing = portal.findByReference(id);
                if (!existing.isEmpty()) {
                    PortalGrievance adopted = existing.get(0);
                    if (existing.size() > 1) {
                        LOG.warnf("complaint %s has %d grievances on the portal; adopting the first, %s",
                                id, existing.size(), adopted.grievanceId());
                    }
                    if (service.complete(id, adopted, MODE_API)) {
                        metrics.counter("sampark.registrations.registered", "mode", MODE_API, "how", "adopted").increment();
                        LOG.infof("complaint %s: adopted grievance %s found at the portal after an unanswered attempt",
                                id, adopted.grievanceId());
                    }
                    return;
                }
                unresolved = false; // the portal holds nothing under this reference: registering is safe
            }
            PortalGrievance created = portal.register(claim.request());
            if (service.complete(id, created, MODE_API)) {
                metrics.counter("sampark.registrations.registered", "mode", MODE_API, "how", "registered").increment();
                LOG.infof("complaint %s registered on Sampark as grievance %s (attempt %d)",
                        id, created.grievanceId(), claim.attempt());
            }
        } catch (AmbiguousPortalOutcomeException | TimeoutException e) {
            portalError("ambiguous");
            Thread.interrupted(); // a timed-out call may leave the interrupt flag set; the next transaction must not see it
            LOG.warnf("complaint %s: registration outcome unknown (%s); will look the reference up before retrying",
                    id, e.getMessage());
            service.markAmbiguous(id, e.getMessage());
        } catch (PortalUnavailableException | CircuitBreakerOpenException e) {
            portalError(e instanceof CircuitBreakerOpenException ? "circuit-open" : "unavailable");
            LOG.infof("complaint %s: portal unavailable (%s); attempt %d, will retry", id, e.getMessage(), claim.attempt());
            service.markFailed(id, "unavailable: " + e.getMessage(), unresolved);
        } catch (PortalRejectedException e) {
            portalError("rejected");
            LOG.errorf("complaint %s: portal refused it (%s); retrying with back-off, needs a look", id, e.getMessage());
            service.markFailed(id, "rejected: " + e.getMessage(), unresolved);
        } catch (RuntimeException e) {
            // Unknown failure: keep the row ambiguous so the next attempt looks up before registering.
            portalError("unexpected");
            LOG.errorf(e, "complaint %s: registration attempt failed", id);
            service.markFailed(id, "unexpected: " + e, true);
        }
    }

    private void portalError(String kind) {
        metrics.counter("sampark.portal.errors", "kind", kind).increment();
    }

    /** Counted on a schedule (and after each sweep), so a metrics scrape never touches the database. */
    @Scheduled(every = "10s", delayed = "2s")
    void countWaiting() {
        waiting.set(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(registrations::countPending));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
