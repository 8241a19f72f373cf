package org.samparksetu.intake.falsecase;

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
import org.samparksetu.contract.WhatsAppAddress;
import org.samparksetu.intake.citizen.Citizens;

import java.util.List;

/** The grievance cell's view of numbers flagged for false complaints, and clearing a flag with a reason. */
@Path("/operator/flags")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagResource {
    @Inject
    FalseCaseFlags flags;
    @Inject
    SecurityIdentity identity;

    public record ClearRequest(String reason) {
    }

    @GET
    public List<Citizens.Flagged> flagged() {
        return flags.flagged();
    }

    /** JSON only (not a form), so a cross-site page cannot post it as a "simple" request. */
    @POST
    @Path("/{waId}/clear")
    public Citizens.Flagged clear(@PathParam("waId") String given, ClearRequest request) {
        return flags.clear(WhatsAppAddress.normalise(given), request == null ? null : request.reason(),
                identity.getPrincipal().getName());
    }
}
