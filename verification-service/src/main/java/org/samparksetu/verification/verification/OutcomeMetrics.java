package org.samparksetu.verification.verification;

import io.micrometer.core.instrument.Counter;
import org.samparksetu.messaging.metrics.OnCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters for what departments' disposals and transfers lead to, beside {@link VerificationMetrics}. Counted only when
 * the transaction commits, and registered at start-up so they are scraped as 0, not missing.
 */
@Startup
@ApplicationScoped
public class OutcomeMetrics {
    /** What an appeal offer ended in: ACCEPTED, APPEALED (to a field check or the next level) or UNANSWERED. */
    public static final String ACCEPTED = "ACCEPTED";
    public static final String APPEALED = "APPEALED";
    public static final String UNANSWERED = "UNANSWERED";

    @Inject
    MeterRegistry registry;
    @Inject
    OnCommit onCommit;

    private Counter interimRelief;
    private Counter appealOffered;
    private final Map<String, Counter> appealEnded = new ConcurrentHashMap<>();
    private Counter falseCaseFieldChecked;
    private Counter transferred;
    private Counter reportsRefused;

    @PostConstruct
    void register() {
        interimRelief = Counter.builder("verification.interim.relief")
                .description("Interim relief reports: the complaint stayed open with the department's date as its clock")
                .register(registry);
        appealOffered = Counter.builder("verification.appeal.offered")
                .description("Rejected / Not Possible / Filed disposals the citizen was told of and may appeal")
                .register(registry);
        for (String ended : new String[]{ACCEPTED, APPEALED, UNANSWERED}) {
            appealEnded.put(ended, Counter.builder("verification.appeal.ended").tag("answer", ended)
                    .description("Appeal offers by how they ended").register(registry));
        }
        falseCaseFieldChecked = Counter.builder("verification.false.case.field.checked")
                .description("False Case disposals sent to a field verifier before anything else").register(registry);
        transferred = Counter.builder("verification.transferred")
                .description("Complaints Sampark moved to another department").register(registry);
        reportsRefused = Counter.builder("verification.reports.refused")
                .description("Reports of a department the complaint had been transferred away from").register(registry);
    }

    public void interimRelief() {
        afterCommit(interimRelief);
    }

    public void appealOffered() {
        afterCommit(appealOffered);
    }

    /** @param how {@link #ACCEPTED}, {@link #APPEALED} or {@link #UNANSWERED} */
    public void appealEnded(String how) {
        afterCommit(appealEnded.get(how));
    }

    public void falseCaseFieldChecked() {
        afterCommit(falseCaseFieldChecked);
    }

    public void transferred() {
        afterCommit(transferred);
    }

    public void reportRefused() {
        afterCommit(reportsRefused);
    }

    private void afterCommit(Counter counter) {
        onCommit.increment(counter);
    }
}
