package org.samparksetu.bridge.withdrawal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The operator's list of withdrawn complaints to close on the portal, and recording that it is done. */
@Path("/api/operator/withdrawals")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class WithdrawalResource {
    @Inject
    WithdrawalService withdrawals;
    @Inject
    SecurityIdentity identity;

    @GET
    public List<WithdrawalService.ToClose> toClose() {
        return withdrawals.toClose();
    }

    @POST
    @Path("/{complaintId}/closed")
    public WithdrawalService.Closed closed(@PathParam("complaintId") String complaintId) {
        return withdrawals.closedOnPortal(complaintId, identity.getPrincipal().getName());
    }
}
