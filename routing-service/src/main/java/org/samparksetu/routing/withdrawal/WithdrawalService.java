package org.samparksetu.routing.withdrawal;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.routing.complaint.RoutingDecision;
import org.samparksetu.routing.complaint.RoutingDecisionRepository;
import org.samparksetu.routing.complaint.RoutingHistory;
import org.samparksetu.routing.complaint.RoutingHistoryRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * The citizen withdrew the complaint. A triage item leaves the queue; a routed complaint is marked withdrawn on its
 * decision and its department hears it on {@code department.<code>.complaints}. DepartmentComplaint has no status
 * field, so the department gets the {@code complaint.withdrawn} event itself (its envelope type tells the two
 * apart) rather than a DepartmentComplaint pretending to be a status change. A withdrawal for a complaint routing
 * has not seen yet is remembered, and the complaint is never routed when it comes.
 */
@ApplicationScoped
public class WithdrawalService {
    private static final Logger LOG = Logger.getLogger(WithdrawalService.class);
    static final String CONSUMER = "routing-service.complaint-withdrawn";
    static final String BY_CITIZEN = "citizen";

    @Inject
    Outbox outbox;
    @Inject
    WithdrawalRepository withdrawals;
    @Inject
    RoutingDecisionRepository decisions;
    @Inject
    RoutingHistoryRepository history;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    @Transactional
    public void withdraw(EventEnvelope<ComplaintWithdrawn> event) {
        ComplaintWithdrawn w = event.data();
        if (withdrawals.isWithdrawn(w.complaintId())) {
            return; // the same withdrawal re-published under a new event id
        }
        Instant now = Instant.now(clock);
        Withdrawal row = new Withdrawal();
        row.complaintId = w.complaintId();
        row.withdrawnBy = w.withdrawnBy() != null ? w.withdrawnBy() : ComplaintWithdrawn.BY_CITIZEN;
        row.reason = w.reason();
        row.withdrawnAt = w.withdrawnAt() != null ? w.withdrawnAt() : event.time();
        row.recordedAt = now;
        withdrawals.persist(row);

        RoutingDecision d = decisions.findById(w.complaintId());
        if (d == null) {
            metrics.counter("routing.withdrawals", "state", "not-yet-received").increment();
            LOG.infof("complaint %s withdrawn before routing saw it; it will not be routed", w.complaintId());
            return;
        }
        d.withdrawnAt = row.withdrawnAt;
        d.updatedAt = now;
        boolean inTriage = d.outcome == RoutingDecision.Outcome.NEEDS_TRIAGE;
        String why = inTriage ? "withdrawn by the " + who(row) + " while waiting in triage; removed from the queue"
                : "withdrawn by the " + who(row) + "; " + d.departmentCode + " told on its topic";
        history.persist(RoutingHistory.of(d.complaintId, RoutingHistory.Action.WITHDRAWN, d.departmentCode, null, null,
                reasonWith(why, row.reason), row.withdrawnBy, now));
        if (!inTriage) {
            outbox.emit(Topics.department(d.departmentCode), EventType.COMPLAINT_WITHDRAWN, d.complaintId,
                    new ComplaintWithdrawn(d.complaintId, row.withdrawnBy, row.reason, row.withdrawnAt));
        }
        metrics.counter("routing.withdrawals", "state", inTriage ? "triage" : "routed").increment();
        LOG.infof("complaint %s withdrawn (%s)", d.complaintId, inTriage ? "left the triage queue" : "routed to " + d.departmentCode);
    }

    private static String who(Withdrawal w) {
        return ComplaintWithdrawn.BY_CITIZEN.equals(w.withdrawnBy) ? BY_CITIZEN : w.withdrawnBy.toLowerCase(java.util.Locale.ROOT);
    }

    private static String reasonWith(String why, String citizensReason) {
        return citizensReason == null || citizensReason.isBlank() ? why : why + " (" + citizensReason + ")";
    }
}
