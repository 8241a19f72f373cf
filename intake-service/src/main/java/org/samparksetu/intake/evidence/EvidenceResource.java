package org.samparksetu.intake.evidence;

import org.samparksetu.web.evidence.EvidenceSigner;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.contract.WhatsAppAddress;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.web.ApiException;

import java.util.List;
import java.util.Map;

/**
 * IT-Act evidence for an authorised officer (role {@code evidence-officer}): one number's signed export
 * ({@link EvidenceExport}, itself logged), the public key that checks it, the archive's hash chain, and evidence
 * holds that keep a number's data past the retention period.
 */
@Path("/officer/evidence")
@RolesAllowed("evidence-officer")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @Inject
    EvidenceExport evidence;
    @Inject
    EvidenceSigner signer;
    @Inject
    EvidenceChain chain;
    @Inject
    EvidenceHolds holds;
    @Inject
    SecurityIdentity identity;

    /** The body of a hold: why the number's data must be kept (a case or FIR number). */
    public record HoldRequest(String reason) {
    }

    @GET
    @Path("/{waId}")
    public ObjectNode export(@PathParam("waId") String given) {
        String waId = waId(given);
        return evidence.export(waId, identity.getPrincipal().getName())
                .orElseThrow(() -> new ApiException(404, "nothing was received from " + Mask.phone(waId)));
    }

    @GET
    @Path("/public-key")
    public Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "publicKey", signer.publicKeyBase64());
    }

    @GET
    @Path("/archive/chain")
    public EvidenceChain.Verification verifyChain() {
        return chain.verify();
    }

    @GET
    @Path("/holds")
    public List<EvidenceHolds.Hold> holds() {
        return holds.list();
    }

    @PUT
    @Path("/holds/{waId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvidenceHolds.Hold hold(@PathParam("waId") String given, HoldRequest request) {
        return holds.place(waId(given), request == null ? null : request.reason(), identity.getPrincipal().getName());
    }

    @DELETE
    @Path("/holds/{waId}")
    public void lift(@PathParam("waId") String given) {
        String waId = waId(given);
        if (!holds.lift(waId, identity.getPrincipal().getName())) {
            throw ApiException.notFound("number " + Mask.phone(waId) + " is not under an evidence hold");
        }
    }

    private static String waId(String given) {
        String waId = WhatsAppAddress.normalise(given);
        if (waId == null || !waId.matches("[0-9A-Za-z.]{5,64}")) {
            throw new ApiException(400, "give the WhatsApp id as digits with country code (e.g. 919876543210) or a user id");
        }
        return waId;
    }
}
