package org.samparksetu.routing.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.routing.complaint.DepartmentEvents;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.routing.dispatch.ComplaintRoutingService;
import org.samparksetu.routing.complaint.RoutingDecision;
import org.samparksetu.routing.complaint.RoutingDecisionRepository;
import org.samparksetu.routing.complaint.RoutingHistory;
import org.samparksetu.routing.complaint.RoutingHistoryRepository;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What operators do by hand: take a triage item, assign its department, or re-route an already routed
 * complaint with a reason. Every decision is kept in the history with who made it, and each assignment or
 * re-route emits a new complaint.routed with decidedBy = the operator, the department it left and the number of
 * transfers. A fourth transfer is refused ({@link RerouteRule}): the complaint goes to the grievance cell.
 */
@ApplicationScoped
public class TriageService {
    private static final Logger LOG = Logger.getLogger(TriageService.class);
    /** The portal's limit on a transfer's reason (ComplaintTransferred carries it). */
    static final int MAX_REASON = 500;

    @Inject
    RoutingDecisionRepository decisions;
    @Inject
    Clock clock;
    @Inject
    RoutingHistoryRepository history;
    @Inject
    ComplaintRoutingService routing;
    @Inject
    org.samparksetu.routing.subject.SubjectCatalogue subjects;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    public List<RoutingDecision> queue() {
        return decisions.list("outcome = ?1 and withdrawnAt is null order by decidedAt, complaintId",
                RoutingDecision.Outcome.NEEDS_TRIAGE);
    }

    public RoutingDecision find(String complaintId) {
        RoutingDecision d = decisions.findById(complaintId);
        if (d == null) {
            throw ApiException.notFound("no complaint " + complaintId + " is known to routing");
        }
        return d;
    }

    /** A withdrawn complaint is finished for routing: nobody claims, assigns or re-routes it any more. */
    private RoutingDecision findStanding(String complaintId) {
        RoutingDecision d = find(complaintId);
        if (d.isWithdrawn()) {
            throw ApiException.conflict(complaintId + " was withdrawn by the citizen; it needs no department");
        }
        return d;
    }

    public List<RoutingHistory> history(String complaintId) {
        find(complaintId);
        return history.of(complaintId);
    }

    @Transactional
    public RoutingDecision claim(String complaintId, String operator) {
        RoutingDecision d = findStanding(complaintId);
        if (d.outcome != RoutingDecision.Outcome.NEEDS_TRIAGE) {
            throw ApiException.conflict(complaintId + " is not waiting in triage; it is routed to " + d.departmentCode);
        }
        d.assignedTo = operator;
        d.updatedAt = Instant.now(clock);
        history.persist(RoutingHistory.of(complaintId, RoutingHistory.Action.CLAIMED, null, null, null, null, operator, d.updatedAt));
        return d;
    }

    @Transactional
    public RoutingDecision assign(String complaintId, String department, String reason, String operator) {
        String code = validDepartment(department);
        checkReason(reason);
        RoutingDecision d = findStanding(complaintId);
        if (d.outcome != RoutingDecision.Outcome.NEEDS_TRIAGE) {
            throw ApiException.conflict(complaintId + " is already routed to " + d.departmentCode + "; re-route it instead");
        }
        String holder = d.departmentCode; // set when a department holds it while the grievance cell decides
        if (holder == null) {
            decide(d, code, RoutingHistory.Action.ASSIGNED, reason, operator, null);
        } else if (holder.equals(code)) {
            // the grievance cell leaves it where it is: the portal, the department and the citizen already know
            Instant now = Instant.now(clock);
            d.outcome = RoutingDecision.Outcome.ROUTED;
            d.triageReason = null;
            d.decidedBy = operator;
            d.assignedTo = operator;
            d.updatedAt = now;
            history.persist(RoutingHistory.of(d.complaintId, RoutingHistory.Action.ASSIGNED, code, holder, null,
                    reason, operator, now));
        } else {
            // the grievance cell's decision after three transfers is the last word, and still a move on the portal
            d.transfers++;
            decide(d, code, RoutingHistory.Action.ASSIGNED, reason, operator, holder);
        }
        return d;
    }

    /** What became of a re-route: moved, or (after three transfers) sent to the grievance cell instead. */
    public record Rerouted(RoutingDecision decision, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    @Transactional
    public Rerouted reroute(String complaintId, String department, String reason, String operator) {
        String code = validDepartment(department);
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("a re-route needs a reason (field 'reason') so the department understands the change");
        }
        checkReason(reason);
        RoutingDecision d = findStanding(complaintId);
        if (d.outcome != RoutingDecision.Outcome.ROUTED) {
            throw ApiException.conflict(complaintId + " is waiting in triage; assign it instead");
        }
        RerouteRule.Outcome rule = RerouteRule.decide(d.departmentCode, code, d.transfers);
        switch (rule.verdict()) {
            case SAME_DEPARTMENT -> throw ApiException.conflict(complaintId + " is already routed to " + code);
            case TO_GRIEVANCE_CELL -> {
                toGrievanceCell(d, code, rule.reason(), reason, operator);
                return new Rerouted(d, complaintId + " was " + rule.reason() + " already (CPGRAMS allows "
                        + RerouteRule.MAX_TRANSFERS + "); it stays with " + d.departmentCode
                        + " and waits in the grievance cell's triage queue instead of going to " + code);
            }
            default -> {
                String previous = d.departmentCode;
                d.transfers = rule.transfers();
                decide(d, code, RoutingHistory.Action.REROUTED, reason, operator, previous);
                return new Rerouted(d, null);
            }
        }
    }

    /**
     * A fourth transfer is not made: the complaint stays with the department that has it and joins the triage queue,
     * where the grievance cell decides (its assignment is then final).
     */
    private void toGrievanceCell(RoutingDecision d, String requested, String why, String reason, String operator) {
        Instant now = Instant.now(clock);
        d.outcome = RoutingDecision.Outcome.NEEDS_TRIAGE;
        d.triageReason = why;
        d.assignedTo = null;
        d.updatedAt = now;
        history.persist(RoutingHistory.of(d.complaintId, RoutingHistory.Action.QUEUED_FOR_TRIAGE, d.departmentCode,
                null, null, why + "; " + operator + " asked for " + requested + ": " + reason, operator, now));
        outbox.emit(EventType.COMPLAINT_NEEDS_TRIAGE, d.complaintId,
                new ComplaintNeedsTriage(d.complaintId, ComplaintRoutingService.decode(d.suggestions), why, now));
        metrics.counter("routing.reroutes", "outcome", "to-grievance-cell").increment();
        LOG.infof("complaint %s not re-routed to %s: %s; it waits for the grievance cell", d.complaintId, requested, why);
    }

    private void decide(RoutingDecision d, String code, RoutingHistory.Action action, String reason, String operator,
                        String previous) {
        Instant now = Instant.now(clock);
        d.outcome = RoutingDecision.Outcome.ROUTED;
        d.triageReason = null;
        d.departmentCode = code;
        d.decidedBy = operator;
        d.confidence = 1.0;
        d.assignedTo = operator;
        d.updatedAt = now;
        d.clusterId = null; // a new department means a new cluster, if any
        // The subject belongs to the department: look it up again for the new one from the classifier's words.
        d.subject = subjects.subjectFor(code, d.matchedTermList());
        history.persist(RoutingHistory.of(d.complaintId, action, code, previous, null, reason, operator, now));
        // Before registration the move is routing's alone: both departments hear it now. A registered complaint moves
        // on the portal first (the bridge's transfer, perhaps by the Sampark Kendra operator's hand), and until then
        // the old department still holds it; complaint.transferred tells both departments when it has moved.
        boolean unregistered = d.registeredAt == null;
        routing.publishRouted(d, otherSuggestions(d), operatorWords(reason, "assigned"), pin(d), now, previous,
                unregistered);
        if (previous != null && unregistered) {
            outbox.emit(Topics.department(previous), EventType.DEPARTMENT_COMPLAINT, d.complaintId,
                    DepartmentEvents.of(d, previous, DepartmentComplaint.TRANSFERRED_OUT, code, null, now));
        }
        if (previous != null) {
            metrics.counter("routing.reroutes", "outcome", "transferred").increment();
        }
    }

    /**
     * The grievance cell takes a complaint out of a cluster it was wrongly joined to (not the same problem after all):
     * it keeps its department, place and text, leaves the cluster, and a new complaint.routed without a cluster tells
     * the bridge to register it on its own and notification that it no longer shares its leader's progress. The
     * department's topic is not told: the complaint stays with the department that has it, as when the grievance cell
     * leaves a complaint where it is. It never joins that leader's cluster again on its own ({@code splitFrom}).
     */
    @Transactional
    public RoutingDecision split(String complaintId, String reason, String operator) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("a split needs a reason (field 'reason'): why it is not the same problem");
        }
        checkReason(reason);
        RoutingDecision d = findStanding(complaintId);
        if (d.outcome != RoutingDecision.Outcome.ROUTED) {
            throw ApiException.conflict(complaintId + " is waiting in triage; assign its department first, then split it");
        }
        if (!d.isClusterMember()) {
            throw ApiException.conflict(d.clusterId != null
                    ? complaintId + " leads its cluster, and a complaint cannot be split from itself; split the members"
                      + " that are not the same problem instead"
                    : complaintId + " is not in a cluster; there is nothing to split it from");
        }
        String leader = d.clusterId;
        Instant now = Instant.now(clock);
        d.clusterId = null;
        d.splitFrom = leader;
        d.decidedBy = operator;
        d.updatedAt = now;
        history.persist(RoutingHistory.of(d.complaintId, RoutingHistory.Action.SPLIT, d.departmentCode, null, null,
                "split from the cluster of " + leader + ": " + reason, operator, now));
        routing.emitRouted(d, otherSuggestions(d), operatorWords(reason, "split"), pin(d), now, null);
        metrics.counter("routing.clusters.split").increment();
        LOG.infof("complaint %s split from the cluster of %s by %s", complaintId, leader, operator);
        return d;
    }

    /** What complaint.routed offers as alternatives after an operator's decision: the classifier's other departments. */
    private static List<org.samparksetu.contract.events.DepartmentSuggestion> otherSuggestions(RoutingDecision d) {
        return ComplaintRoutingService.decode(d.suggestions).stream()
                .filter(s -> !s.departmentCode().equals(d.departmentCode)).limit(3).toList();
    }

    /** The deciding words of an operator's decision: their reason. */
    private static List<String> operatorWords(String reason, String otherwise) {
        return List.of("operator: " + (reason == null || reason.isBlank() ? otherwise : reason));
    }

    /** The citizen's own pin, as complaint.routed carries it. */
    private static GeoPoint pin(RoutingDecision d) {
        return d.latitude == null ? null : new GeoPoint(d.latitude, d.longitude, null, null);
    }

    /** The reason is read by the department and kept in the history; the portal takes at most 500 characters. */
    private static void checkReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw ApiException.badRequest("field 'reason' is too long: at most " + MAX_REASON + " characters");
        }
    }

    private static String validDepartment(String department) {
        if (department == null || department.isBlank()) {
            throw ApiException.badRequest("field 'department' is required: one of the codes in departments.csv, e.g. PHED");
        }
        String code = department.trim().toUpperCase(java.util.Locale.ROOT);
        if (!Departments.isKnown(code)) {
            throw ApiException.badRequest("unknown department '" + department + "': use a code from departments.csv, e.g. PHED");
        }
        return code;
    }
}
