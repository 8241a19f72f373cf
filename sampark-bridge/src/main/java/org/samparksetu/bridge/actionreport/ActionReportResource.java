package org.samparksetu.bridge.actionreport;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.bridge.web.DepartmentAccess;

/**
 * Department action-taken reports over REST (HTTP Basic, role {@code department:<CODE>}). 201 for a new
 * report, 200 with the same body when the same report ID comes again.
 */
@Path("/api/action-reports")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ActionReportResource {
    @Inject
    ActionReportService service;
    @Inject
    DepartmentAccess access;

    @POST
    public Response file(ActionReportRequest request) {
        ActionReportReceipt receipt = service.file(request, access);
        return Response.status(receipt.replay() ? 200 : 201).entity(receipt).build();
    }
}
