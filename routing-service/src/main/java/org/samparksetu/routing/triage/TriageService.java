package org.samparksetu.routing.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samparksetu.contract.Departments;
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
 * re-route emits a new complaint.routed with decidedBy = the operator.
 */
@ApplicationScoped
public class TriageService {
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
        RoutingDecision d = findStanding(complaintId);
        if (d.outcome != RoutingDecision.Outcome.NEEDS_TRIAGE) {
            throw ApiException.conflict(complaintId + " is already routed to " + d.departmentCode + "; re-route it instead");
        }
        decide(d, code, RoutingHistory.Action.ASSIGNED, reason, operator);
        return d;
    }

    @Transactional
    public RoutingDecision reroute(String complaintId, String department, String reason, String operator) {
        String code = validDepartment(department);
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("a re-route needs a reason (field 'reason') so the department understands the change");
        }
        RoutingDecision d = findStanding(complaintId);
        if (d.outcome != RoutingDecision.Outcome.ROUTED) {
            throw ApiException.conflict(complaintId + " is waiting in triage; assign it instead");
        }
        if (code.equals(d.departmentCode)) {
            throw ApiException.conflict(complaintId + " is already routed to " + code);
        }
        decide(d, code, RoutingHistory.Action.REROUTED, reason, operator);
        return d;
    }

    private void decide(RoutingDecision d, String code, RoutingHistory.Action action, String reason, String operator) {
        Instant now = Instant.now(clock);
        String previous = d.departmentCode;
        d.outcome = RoutingDecision.Outcome.ROUTED;
        d.departmentCode = code;
        d.decidedBy = operator;
        d.confidence = 1.0;
        d.assignedTo = operator;
        d.updatedAt = now;
        d.clusterId = null; // a new department means a new cluster, if any
        // The subject belongs to the department: look it up again for the new one from the classifier's words.
        d.subject = subjects.subjectFor(code, d.matchedTermList());
        history.persist(RoutingHistory.of(d.complaintId, action, code, previous, null, reason, operator, now));
        GeoPoint pin = d.latitude == null ? null : new GeoPoint(d.latitude, d.longitude, null, null);
        routing.publishRouted(d, ComplaintRoutingService.decode(d.suggestions).stream()
                .filter(s -> !s.departmentCode().equals(code)).limit(3).toList(),
                List.of("operator: " + (reason == null || reason.isBlank() ? "assigned" : reason)), pin, now);
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
