package org.samparksetu.verification.verification;

import io.micrometer.core.instrument.Counter;
import org.samparksetu.messaging.metrics.OnCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Domain counters for the collector's dashboard and ops. Counted only when the transaction commits, so
 * a handler that is rolled back and retried does not count twice. Created at start-up so that the
 * counters are scraped as 0 before the first verification, not missing.
 */
@Startup
@ApplicationScoped
public class VerificationMetrics {
    @Inject
    MeterRegistry registry;
    @Inject
    OnCommit onCommit;

    private Counter requested;
    private Counter confirmedFixed;
    private Counter disputed;
    private Counter fieldCheckNeeded;
    private Counter fieldChecksAssigned;
    private Counter fieldChecksFlagged;
    private Counter escalations;
    private Counter falseComplaints;
    private Counter disputePhotos;
    private Counter withdrawn;
    private Counter reportsAfterWithdrawal;
    private Counter closuresRated;
    private Counter closuresRatedSatisfied;
    private Counter reopenedByCitizen;
    private Counter reopenRefusedPeriodOver;
    private Counter reopenRefusedNotClosed;

    @PostConstruct
    void register() {
        requested = Counter.builder("verification.requested")
                .description("Citizens asked whether a reported fix is real").register(registry);
        confirmedFixed = Counter.builder("verification.confirmed.fixed")
                .description("Reported fixes the citizen confirmed").register(registry);
        disputed = Counter.builder("verification.disputed")
                .description("Reported fixes the citizen said were not real (a field check decides)").register(registry);
        fieldCheckNeeded = Counter.builder("verification.field.check.needed")
                .description("Citizens who could not tell, so a field check is needed").register(registry);
        fieldChecksAssigned = Counter.builder("verification.field.checks.assigned")
                .description("Field checks sent to a verifier, for any reason").register(registry);
        fieldChecksFlagged = Counter.builder("verification.field.checks.flagged")
                .description("Field verdicts flagged: no location, or too far from the complaint's place").register(registry);
        escalations = Counter.builder("verification.escalations")
                .description("Complaints moved up a level because a deadline passed, or by the collector").register(registry);
        falseComplaints = Counter.builder("verification.false.complaints")
                .description("Complaints a field check found to be false").register(registry);
        disputePhotos = Counter.builder("verification.dispute.photos")
                .description("Photos citizens sent with a disputed fix, kept for the field verifier").register(registry);
        withdrawn = Counter.builder("verification.withdrawn")
                .description("Complaints their citizens withdrew; their clocks stopped").register(registry);
        reportsAfterWithdrawal = Counter.builder("verification.reports.after.withdrawal")
                .description("Action reports on withdrawn complaints: recorded, the citizen not asked").register(registry);
        // satisfaction rate = closures rated satisfied / closures rated (the first rating of each closure)
        closuresRated = Counter.builder("verification.closures.rated")
                .description("Closures the citizen rated (the first rating of each closure counts)").register(registry);
        closuresRatedSatisfied = Counter.builder("verification.closures.rated.satisfied")
                .description("Closures the citizen rated 3 or more: the satisfaction rate's numerator").register(registry);
        reopenedByCitizen = Counter.builder("verification.reopened.by.citizen")
                .description("Closed complaints the citizen reopened (not satisfied, or asked to reopen)").register(registry);
        reopenRefusedPeriodOver = Counter.builder("verification.reopen.refused").tag("reason", "REOPEN_PERIOD_OVER")
                .description("Ratings or requests to reopen that could not reopen the complaint").register(registry);
        reopenRefusedNotClosed = Counter.builder("verification.reopen.refused").tag("reason", "NOT_CLOSED")
                .description("Ratings or requests to reopen that could not reopen the complaint").register(registry);
    }

    public void closureRated(boolean satisfied) {
        afterCommit(closuresRated);
        if (satisfied) {
            afterCommit(closuresRatedSatisfied);
        }
    }

    public void reopenedByCitizen() {
        afterCommit(reopenedByCitizen);
    }

    /** @param reason REOPEN_PERIOD_OVER or NOT_CLOSED */
    public void reopenRefused(String reason) {
        afterCommit(org.samparksetu.contract.events.ComplaintRated.NOT_CLOSED.equals(reason)
                ? reopenRefusedNotClosed : reopenRefusedPeriodOver);
    }

    public void withdrawn() {
        afterCommit(withdrawn);
    }

    public void reportAfterWithdrawal() {
        afterCommit(reportsAfterWithdrawal);
    }

    public void requested() {
        afterCommit(requested);
    }

    public void confirmedFixed() {
        afterCommit(confirmedFixed);
    }

    public void disputed() {
        afterCommit(disputed);
    }

    public void fieldCheckNeeded() {
        afterCommit(fieldCheckNeeded);
    }

    public void fieldCheckAssigned() {
        afterCommit(fieldChecksAssigned);
    }

    public void fieldCheckFlagged() {
        afterCommit(fieldChecksFlagged);
    }

    public void escalated() {
        afterCommit(escalations);
    }

    public void falseComplaint() {
        afterCommit(falseComplaints);
    }

    public void disputePhotoKept(int count) {
        for (int i = 0; i < count; i++) {
            afterCommit(disputePhotos);
        }
    }

    private void afterCommit(Counter counter) {
        onCommit.increment(counter);
    }
}
