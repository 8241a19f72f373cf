package org.samparksetu.bridge.registration;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.RateLimitException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.AmbiguousPortalOutcomeException;
import org.samparksetu.bridge.portal.HttpSamparkPortal;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.portal.PortalRejectedException;
import org.samparksetu.bridge.portal.PortalUnavailableException;
import org.samparksetu.bridge.portal.SamparkPortal;
import org.samparksetu.messaging.worker.WakeableWorker;

import java.util.List;
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

    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestWaitingSeconds = new AtomicLong();
    private WakeableWorker worker;

    @Inject
    CircuitBreakerMaintenance breakers;

    void start(@Observes StartupEvent ev) {
        metrics.gauge("sampark.registrations.waiting", waiting, AtomicLong::doubleValue);
        // How long the longest-waiting complaint has waited for its grievance ID (0 when none waits).
        metrics.gauge("sampark.registrations.oldest.age.seconds", oldestWaitingSeconds, AtomicLong::doubleValue);
        // 0 closed, 1 half-open, 2 open: an alert on "> 0 for 10 minutes" means the portal is down, not flaky.
        for (String name : List.of(HttpSamparkPortal.BREAKER_REGISTER, HttpSamparkPortal.BREAKER_READ)) {
            io.micrometer.core.instrument.Gauge.builder("sampark.portal.circuit.state", () -> circuitState(name))
                    .tag("breaker", name)
                    .description("0 closed, 1 half-open, 2 open")
                    .register(metrics);
            try {
                // Every opening counted, so a breaker that opened between two scrapes is not missed.
                breakers.onStateChange(name, state -> {
                    if (state == CircuitBreakerState.OPEN) {
                        metrics.counter("sampark.portal.circuit.opened", "breaker", name).increment();
                        LOG.warnf("portal circuit breaker %s opened: calls fail fast until it half-opens", name);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf("cannot watch circuit breaker %s: %s", name, e.toString());
            }
        }
        if (!config.enabled()) {
            LOG.info("registrar disabled (sampark.registrar.enabled=false): PENDING registrations wait");
            return;
        }
        worker = new WakeableWorker("sampark-registrar", this::sweep, config.batchSize(), config.sweepInterval(),
                e -> LOG.warnf("registrar sweep failed: %s; will retry", e.toString()));
        worker.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        if (worker != null) {
            worker.stop(java.time.Duration.ofSeconds(5));
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationQueued ignored) {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Attempts every due registration once; returns how many it claimed. Public for tests and tools. */
    public int sweep() {
        List<RegistrationService.Claim> claims = service.claimDue(config.batchSize());
        long deferMillis = -1;
        for (RegistrationService.Claim claim : claims) {
            if (deferMillis >= 0) {
                // The rate limit is reached: the rest of the batch waits its turn, unsent and not counted as attempts.
                service.defer(claim.complaintId(), java.time.Duration.ofMillis(deferMillis), claim.lookUpFirst());
                continue;
            }
            deferMillis = attempt(claim);
        }
        if (!claims.isEmpty()) {
            countWaiting();
        }
        return claims.size();
    }

    /** One attempt; returns -1, or how long to hold the rest of the batch back when the rate limit was hit. */
    long attempt(RegistrationService.Claim claim) {
        String id = claim.complaintId();
        boolean unresolved = claim.lookUpFirst();
        try {
            if (claim.lookUpFirst()) {
                List<PortalGrievance> existing = new java.util.ArrayList<>(portal.findByReference(id));
                // A reopened complaint keeps its reference: its earlier grievances are not the one we are looking for.
                existing.removeIf(g -> claim.earlierGrievanceIds().contains(g.grievanceId()));
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
                    return -1;
                }
                if (claim.withdrawn()) {
                    service.settleWithdrawn(id); // withdrawn and not on the portal: done, nothing to close
                    LOG.infof("complaint %s: withdrawn while an attempt was out; the portal holds nothing, not registered", id);
                    return -1;
                }
                unresolved = false; // the portal holds nothing under this reference: registering is safe
            }
            if (claim.withdrawn()) {
                return -1; // a withdrawn complaint is only ever looked up (claimed because still ambiguous)
            }
            PortalGrievance created = portal.register(claim.request());
            if (service.complete(id, created, MODE_API)) {
                metrics.counter("sampark.registrations.registered", "mode", MODE_API, "how", "registered").increment();
                LOG.infof("complaint %s registered on Sampark as grievance %s (attempt %d)",
                        id, created.grievanceId(), claim.attempt());
            }
        } catch (RateLimitException e) {
            metrics.counter("sampark.portal.rate-limited").increment();
            long wait = Math.max(100, e.getRetryAfterMillis());
            LOG.debugf("complaint %s: portal rate limit reached; deferred %d ms", id, wait);
            service.defer(id, java.time.Duration.ofMillis(wait), unresolved);
            return wait;
        } catch (GrievanceIdTakenException e) {
            // The portal handed back a grievance we already hold: never adopt it twice; a person must look.
            portalError("conflict");
            LOG.errorf("complaint %s: %s; retrying with back-off, needs a look", id, e.getMessage());
            service.markFailed(id, "conflict: " + e.getMessage(), true);
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
        return -1;
    }

    private double circuitState(String name) {
        try {
            CircuitBreakerState state = breakers.currentState(name);
            return switch (state) {
                case CLOSED -> 0;
                case HALF_OPEN -> 1;
                case OPEN -> 2;
            };
        } catch (RuntimeException e) {
            return 0; // not created yet: nothing has been called
        }
    }

    private void portalError(String kind) {
        metrics.counter("sampark.portal.errors", "kind", kind).increment();
    }

    /** Counted on a schedule (and after each sweep), so a metrics scrape never touches the database. */
    @Scheduled(every = "10s", delayed = "2s")
    void countWaiting() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            waiting.set(registrations.countPending());
            java.time.Instant oldest = registrations.oldestPendingSince();
            oldestWaitingSeconds.set(oldest == null ? 0 : Math.max(0, java.time.Duration.between(oldest, java.time.Instant.now()).toSeconds()));
        });
    }
}
