package org.samparksetu.routing.triage;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.contract.events.DepartmentSuggestion;
import org.samparksetu.routing.dispatch.ComplaintRoutingService;
import org.samparksetu.routing.complaint.RoutingDecision;
import org.samparksetu.routing.complaint.RoutingHistory;

import java.time.Instant;
import java.util.List;

/** The operators' console API: the triage queue, assignment, re-routing, cluster splits and each complaint's history. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class TriageResource {
    @Inject
    TriageService triage;
    @Inject
    SecurityIdentity identity;

    public record Decision(String department, String reason) {
    }

    public record Item(String complaintId, String outcome, String departmentCode, double confidence,
                       List<DepartmentSuggestion> suggestions, List<String> matchedTerms, String text, String tehsil,
                       String block, String village, String clusterId, String decidedBy, String assignedTo,
                       Instant decidedAt, Instant withdrawnAt, int transfers, String triageReason,
                       Instant registeredAt, String splitFrom) {
        static Item of(RoutingDecision d) {
            return new Item(d.complaintId, d.outcome.name(), d.departmentCode, d.confidence,
                    ComplaintRoutingService.decode(d.suggestions),
                    d.matchedTerms == null || d.matchedTerms.isBlank() ? List.of() : List.of(d.matchedTerms.split(", ")),
                    d.text, d.tehsil, d.block, d.village, d.clusterId, d.decidedBy, d.assignedTo, d.decidedAt,
                    d.withdrawnAt, d.transfers, d.triageReason, d.registeredAt, d.splitFrom);
        }
    }

    public record HistoryEntry(String action, String departmentCode, String previousDepartment, Double confidence,
                               String reason, String decidedBy, Instant decidedAt) {
        static HistoryEntry of(RoutingHistory h) {
            return new HistoryEntry(h.action.name(), h.departmentCode, h.previousDepartment, h.confidence, h.reason,
                    h.decidedBy, h.decidedAt);
        }
    }

    public record ComplaintView(Item complaint, List<HistoryEntry> history) {
    }

    @GET
    @Path("triage")
    public List<Item> queue() {
        return triage.queue().stream().map(Item::of).toList();
    }

    @POST
    @Path("triage/{id}/claim")
    public Item claim(@PathParam("id") String id) {
        return Item.of(triage.claim(id, operator()));
    }

    @POST
    @Path("triage/{id}/assign")
    public Item assign(@PathParam("id") String id, Decision body) {
        if (body == null) {
            throw org.samparksetu.web.ApiException.badRequest("send {\"department\": \"PHED\", \"reason\": \"...\"}");
        }
        return Item.of(triage.assign(id, body.department(), body.reason(), operator()));
    }

    @POST
    @Path("complaints/{id}/reroute")
    public Item reroute(@PathParam("id") String id, Decision body) {
        if (body == null) {
            throw org.samparksetu.web.ApiException.badRequest("send {\"department\": \"PHED\", \"reason\": \"...\"}");
        }
        TriageService.Rerouted r = triage.reroute(id, body.department(), body.reason(), operator());
        if (r.refused()) {
            // committed: the complaint is in the grievance cell's queue; the operator hears why it did not move
            throw org.samparksetu.web.ApiException.conflict(r.refusal());
        }
        return Item.of(r.decision());
    }

    public record Split(String reason) {
    }

    /** The grievance cell takes a complaint out of a cluster it does not belong to. */
    @POST
    @Path("complaints/{id}/split")
    public Item split(@PathParam("id") String id, Split body) {
        if (body == null) {
            throw org.samparksetu.web.ApiException.badRequest("send {\"reason\": \"...\"}: why it is not the same problem");
        }
        return Item.of(triage.split(id, body.reason(), operator()));
    }

    @GET
    @Path("complaints/{id}")
    public ComplaintView complaint(@PathParam("id") String id) {
        List<HistoryEntry> h = triage.history(id).stream().map(HistoryEntry::of).toList();
        return new ComplaintView(Item.of(triage.find(id)), h);
    }

    private String operator() {
        return "operator:" + identity.getPrincipal().getName();
    }
}
