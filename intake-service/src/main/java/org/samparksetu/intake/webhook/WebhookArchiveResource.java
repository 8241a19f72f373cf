package org.samparksetu.intake.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.web.ApiException;

import java.util.Map;

/**
 * What became of one archived webhook (the id its 200 answer carried): still waiting, filed with which complaints,
 * or failed and why. For the grievance cell chasing a citizen's "I sent it but got no number"; the body itself is
 * not shown here (the evidence export has it, for an evidence officer).
 */
@Path("/webhooks/whatsapp/archive")
@RolesAllowed({"operator", "evidence-officer"})
@Produces(MediaType.APPLICATION_JSON)
public class WebhookArchiveResource {

    @Inject
    WebhookArchive archive;

    @GET
    @Path("/{id}")
    public Map<String, Object> outcome(@PathParam("id") String id) {
        long rawId;
        try {
            rawId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("the webhook id is the number in the 200 answer's 'webhookId', e.g. 1234");
        }
        return archive.outcome(rawId).orElseThrow(() -> ApiException.notFound("no archived webhook has id " + rawId));
    }
}
