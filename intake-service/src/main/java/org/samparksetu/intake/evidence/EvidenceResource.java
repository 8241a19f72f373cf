package org.samparksetu.intake.evidence;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.contract.WhatsAppAddress;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.web.ApiException;

import java.util.Map;

/**
 * One number's complete evidence for legal action ({@link EvidenceExport}), for an authorised officer (role
 * {@code evidence-officer}). The export itself is logged.
 */
@Path("/officer/evidence")
@RolesAllowed("evidence-officer")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @Inject
    EvidenceExport evidence;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/{waId}")
    public Map<String, Object> export(@PathParam("waId") String given) {
        String waId = WhatsAppAddress.normalise(given);
        if (!waId.matches("[0-9A-Za-z.]{5,64}")) {
            throw new ApiException(400, "give the WhatsApp id as digits with country code (e.g. 919876543210) or a user id");
        }
        return evidence.export(waId, identity.getPrincipal().getName())
                .orElseThrow(() -> new ApiException(404, "nothing was received from " + Mask.phone(waId)));
    }
}
