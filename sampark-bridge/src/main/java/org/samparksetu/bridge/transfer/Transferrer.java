package org.samparksetu.bridge.transfer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.portal.SamparkPortal;
import org.samparksetu.bridge.registration.Registrar;
import org.samparksetu.bridge.registration.RegistrarConfig;
import org.samparksetu.bridge.registration.RegistrationRetryRule;
import org.samparksetu.messaging.worker.WakeableWorker;

import java.time.Duration;
import java.util.List;

/**
 * API mode: makes pending moves on the portal, on a thread of its own, woken as soon as a re-route commits and
 * sweeping on the registrar's interval for retries. The portal's transfer is idempotent, so a call whose answer was
 * lost is simply made again; failures back off as the registrar's do ({@link RegistrationRetryRule}), nothing is given
 * up, and a refusal is logged for a person to look at.
 */
@ApplicationScoped
public class Transferrer {
    private static final Logger LOG = Logger.getLogger(Transferrer.class);

    @Inject
    TransferAttempts attempts;
    @Inject
    TransferService transfers;
    @Inject
    SamparkPortal portal;
    @Inject
    RegistrarConfig config;
    @Inject
    MeterRegistry metrics;

    private WakeableWorker worker;
    private RegistrationRetryRule retryRule;

    @PostConstruct
    void init() {
        retryRule = new RegistrationRetryRule(config.backoffBase(), config.backoffMax(), config.ambiguousSettle());
    }

    void start(@Observes StartupEvent ev) {
        if (!config.enabled()) {
            LOG.info("transferrer disabled with the registrar (sampark.registrar.enabled=false): moves wait");
            return;
        }
        worker = new WakeableWorker("sampark-transferrer", this::sweep, config.batchSize(), config.sweepInterval(),
                e -> LOG.warnf("transfer sweep failed: %s; will retry", e.toString()));
        worker.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransferQueued ignored) {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Makes every due move once; returns how many it claimed. Public for tests and tools. */
    public int sweep() {
        List<TransferAttempts.Claim> claims = attempts.claimDue(config.batchSize());
        for (TransferAttempts.Claim claim : claims) {
            attempt(claim);
        }
        return claims.size();
    }

    private void attempt(TransferAttempts.Claim claim) {
        try {
            PortalGrievance moved = portal.transfer(claim.grievanceId(), claim.toDepartment(), claim.reason());
            if (moved.department() != null && !claim.toDepartment().equals(moved.department())) {
                throw new IllegalStateException("the portal answered with department " + moved.department());
            }
            transfers.complete(claim.complaintId(), claim.toDepartment(), "portal-api");
        } catch (RuntimeException e) {
            RegistrationRetryRule.Failure failure = Registrar.failure(e);
            Duration retryAfter = e instanceof RateLimitException limit ? Duration.ofMillis(limit.getRetryAfterMillis()) : null;
            RegistrationRetryRule.Retry retry = retryRule.after(failure, failure == RegistrationRetryRule.Failure.UNEXPECTED
                    ? e.toString() : e.getMessage(), claim.attempt(), false, retryAfter);
            metrics.counter("sampark.portal.errors", "kind", "transfer-" + retry.kind()).increment();
            if (retry.needsALook()) {
                LOG.errorf("complaint %s: moving grievance %s to %s failed (%s, attempt %d); retrying with back-off, "
                        + "needs a look", claim.complaintId(), claim.grievanceId(), claim.toDepartment(), retry.lastError(),
                        claim.attempt());
            } else {
                Thread.interrupted(); // a timed-out call may leave the flag set; the next transaction must not see it
                LOG.infof("complaint %s: moving grievance %s to %s not done yet (%s); will retry", claim.complaintId(),
                        claim.grievanceId(), claim.toDepartment(), e.getMessage());
            }
            attempts.retryLater(claim.id(), retry.after(), retry.countsAsAttempt(), retry.lastError());
        }
    }
}
