package org.samparksetu.bridge.operator;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.bridge.actionreport.ActionReportReceipt;
import org.samparksetu.bridge.actionreport.ActionReportRequest;
import org.samparksetu.bridge.actionreport.ActionReportService;
import org.samparksetu.web.ApiException;

import java.util.List;

/**
 * The Sampark Kendra operator's API, behind the console's page {@code /kendra} (the Sampark Kendra operator's): the entry queue, recording the
 * grievance ID the portal gave, and recording disposals / action-taken reports seen on the portal.
 * Role {@code operator} (a Keycloak token; HTTP Basic in dev and tests). The operator sees the citizen's number: the portal's form needs it.
 */
@Path("/api/operator")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorResource {
    @Inject
    OperatorService operator;
    @Inject
    ActionReportService reports;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/queue")
    public List<OperatorService.QueueEntry> queue() {
        return operator.queue();
    }

    @GET
    @Path("/registered")
    public List<OperatorService.RegisteredEntry> registered() {
        return operator.registered();
    }

    @POST
    @Path("/queue/{complaintId}/grievance")
    @Consumes(MediaType.APPLICATION_JSON)
    public OperatorService.Recorded record(@PathParam("complaintId") String complaintId, JsonNode body) {
        JsonNode id = body == null ? null : body.get("grievanceId");
        if (id != null && !id.isNull() && !id.isTextual()) {
            // A number would already have lost its leading zeros: Sampark IDs travel as text only.
            throw ApiException.badRequest("field 'grievanceId' must be a JSON string of digits, e.g. \"0315127000636\"");
        }
        return operator.record(complaintId, id == null || id.isNull() ? null : id.asText(), identity.getPrincipal().getName());
    }

    @POST
    @Path("/action-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(ActionReportRequest request) {
        ActionReportReceipt receipt = reports.fileFromOperator(request, identity.getPrincipal().getName());
        return Response.status(receipt.replay() ? 200 : 201).entity(receipt).build();
    }
}
