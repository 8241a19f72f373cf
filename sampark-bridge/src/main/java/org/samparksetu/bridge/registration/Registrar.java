package org.samparksetu.bridge.registration;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    RegistrationAttempts attempts;
    @Inject
    GrievanceRecorder grievances;
    @Inject
    RegistrationRepository registrations;
    @Inject
    SamparkPortal portal;
    @Inject
    MeterRegistry metrics;

    @Inject
    RegistrarConfig config;
    @Inject
    Clock clock;

    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestWaitingSeconds = new AtomicLong();
    private WakeableWorker worker;
    private RegistrationRetryRule retryRule;

    @Inject
    CircuitBreakerMaintenance breakers;

    @PostConstruct
    void init() {
        retryRule = new RegistrationRetryRule(config.backoffBase(), config.backoffMax(), config.ambiguousSettle());
    }

    void start(@Observes StartupEvent ev) {
        metrics.gauge("sampark.registrations.waiting", waiting, AtomicLong::doubleValue);
        // How long the longest-waiting complaint has waited for its grievance ID (0 when none waits).
        metrics.gauge("sampark.registrations.oldest.age.seconds", oldestWaitingSeconds, AtomicLong::doubleValue);
        // 0 closed, 1 half-open, 2 open: an alert on "> 0 for 10 minutes" means the portal is down, not flaky.
        for (String name : List.of(HttpSamparkPortal.BREAKER_REGISTER, HttpSamparkPortal.BREAKER_READ,
                HttpSamparkPortal.BREAKER_TRANSFER)) {
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
            worker.stop(Duration.ofSeconds(5));
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationQueued ignored) {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Attempts every due registration once; returns how many it claimed. Public for tests and tools. */
    public int sweep() {
        List<RegistrationAttempts.Claim> claims = attempts.claimDue(config.batchSize());
        Duration deferRest = null;
        for (RegistrationAttempts.Claim claim : claims) {
            if (deferRest != null) {
                // The rate limit is reached: the rest of the batch waits its turn, unsent and not counted as attempts.
                attempts.retryLater(claim.complaintId(), retryRule.notAttempted(deferRest, claim.lookUpFirst()));
                continue;
            }
            deferRest = attempt(claim);
        }
        if (!claims.isEmpty()) {
            countWaiting();
        }
        return claims.size();
    }

    /** One attempt; returns null, or how long to hold the rest of the batch back when the rate limit was hit. */
    Duration attempt(RegistrationAttempts.Claim claim) {
        String id = claim.complaintId();
        boolean unresolved = claim.lookUpFirst();
        try {
            if (claim.lookUpFirst()) {
                List<PortalGrievance> existing = new ArrayList<>(portal.findByReference(id));
                // A reopened complaint keeps its reference: its earlier grievances are not the one we are looking for.
                existing.removeIf(g -> claim.earlierGrievanceIds().contains(g.grievanceId()));
                if (!existing.isEmpty()) {
                    adopt(id, existing);
                    return null;
                }
                if (claim.withdrawn()) {
                    attempts.settleWithdrawn(id); // withdrawn and not on the portal: done, nothing to close
                    LOG.infof("complaint %s: withdrawn while an attempt was out; the portal holds nothing, not registered", id);
                    return null;
                }
                unresolved = false; // the portal holds nothing under this reference: registering is safe
            }
            if (claim.withdrawn()) {
                return null; // a withdrawn complaint is only ever looked up (claimed because still ambiguous)
            }
            PortalGrievance created = portal.register(claim.request());
            if (grievances.record(id, created, MODE_API)) {
                metrics.counter("sampark.registrations.registered", "mode", MODE_API, "how", "registered").increment();
                LOG.infof("complaint %s registered on Sampark as grievance %s (attempt %d)",
                        id, created.grievanceId(), claim.attempt());
            }
            return null;
        } catch (RuntimeException e) {
            RegistrationRetryRule.Failure failure = failure(e);
            Duration retryAfter = e instanceof RateLimitException limit ? Duration.ofMillis(limit.getRetryAfterMillis()) : null;
            RegistrationRetryRule.Retry retry = retryRule.after(failure, failure == RegistrationRetryRule.Failure.UNEXPECTED
                    ? e.toString() : e.getMessage(), claim.attempt(), unresolved, retryAfter);
            report(id, claim.attempt(), failure, retry, e);
            attempts.retryLater(id, retry);
            return failure == RegistrationRetryRule.Failure.RATE_LIMITED ? retry.after() : null;
        }
    }

    private void adopt(String id, List<PortalGrievance> existing) {
        PortalGrievance adopted = existing.get(0);
        if (existing.size() > 1) {
            LOG.warnf("complaint %s has %d grievances on the portal; adopting the first, %s",
                    id, existing.size(), adopted.grievanceId());
        }
        if (grievances.record(id, adopted, MODE_API)) {
            metrics.counter("sampark.registrations.registered", "mode", MODE_API, "how", "adopted").increment();
            LOG.infof("complaint %s: adopted grievance %s found at the portal after an unanswered attempt",
                    id, adopted.grievanceId());
        }
    }

    /** What the portal adapter's (and fault tolerance's) exception means for the retry rule. */
    public static RegistrationRetryRule.Failure failure(RuntimeException e) {
        if (e instanceof RateLimitException) {
            return RegistrationRetryRule.Failure.RATE_LIMITED;
        } else if (e instanceof GrievanceIdTakenException) {
            return RegistrationRetryRule.Failure.GRIEVANCE_ID_TAKEN;
        } else if (e instanceof TimeoutException) {
            return RegistrationRetryRule.Failure.TIMEOUT;
        } else if (e instanceof AmbiguousPortalOutcomeException) {
            return RegistrationRetryRule.Failure.AMBIGUOUS;
        } else if (e instanceof CircuitBreakerOpenException) {
            return RegistrationRetryRule.Failure.CIRCUIT_OPEN;
        } else if (e instanceof PortalUnavailableException) {
            return RegistrationRetryRule.Failure.UNAVAILABLE;
        } else if (e instanceof PortalRejectedException) {
            return RegistrationRetryRule.Failure.REJECTED;
        }
        return RegistrationRetryRule.Failure.UNEXPECTED;
    }

    private void report(String id, int attempt, RegistrationRetryRule.Failure failure, RegistrationRetryRule.Retry retry,
                        RuntimeException e) {
        switch (failure) {
            case RATE_LIMITED -> {
                metrics.counter("sampark.portal.rate-limited").increment();
                LOG.debugf("complaint %s: portal rate limit reached; deferred %d ms", id, retry.after().toMillis());
            }
            case TIMEOUT, AMBIGUOUS -> {
                portalError(retry.kind());
                // a timed-out call may leave the interrupt flag set; the next transaction must not see it
                Thread.interrupted();
                LOG.warnf("complaint %s: registration outcome unknown (%s); will look the reference up before retrying",
                        id, e.getMessage());
            }
            case UNEXPECTED -> {
                portalError(retry.kind());
                LOG.errorf(e, "complaint %s: registration attempt failed", id);
            }
            default -> {
                portalError(retry.kind());
                if (retry.needsALook()) {
                    LOG.errorf("complaint %s: %s (attempt %d); retrying with back-off, needs a look", id, retry.lastError(), attempt);
                } else {
                    LOG.infof("complaint %s: portal unavailable (%s); attempt %d, will retry", id, e.getMessage(), attempt);
                }
            }
        }
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

    /**
     * Counted on a schedule (and after each sweep), so a metrics scrape never touches the database. Every instance
     * counts (no round claim): the gauges are each instance's own and would go stale on one that stopped counting;
     * they count the same table, and the alerts take the highest ({@code max by (job)}).
     */
    @Scheduled(every = "10s", delayed = "2s")
    void countWaiting() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            waiting.set(registrations.countPending());
            Instant oldest = registrations.oldestPendingSince();
            oldestWaitingSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now(clock)).toSeconds()));
        });
    }
}
