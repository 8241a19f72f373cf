package org.samparksetu.bridge.transfer;

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

import java.util.List;

/**
 * Operator mode: the moves to make by hand on the portal (complaints re-routed after registration), and confirming
 * each once it is done there. Role {@code operator}.
 */
@Path("/api/operator/transfers")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {
    @Inject
    TransferService transfers;
    @Inject
    SecurityIdentity identity;

    /** {@code {"department": "LSG"}}: the department the operator moved the grievance to. */
    public record MovedRequest(String department) {
    }

    @GET
    public List<TransferService.ToMove> toMove() {
        return transfers.toMove();
    }

    @POST
    @Path("/{complaintId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public TransferService.Moved done(@PathParam("complaintId") String complaintId, MovedRequest body) {
        return transfers.movedOnPortal(complaintId, body == null ? null : body.department(), identity.getPrincipal().getName());
    }
}
