package org.samparksetu.verification.evidence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.samparksetu.web.ApiException;

import java.util.List;

/**
 * The authorised officer's field-check evidence for the complaints an intake export names
 * ({@code ?complaint=JAL-2026-000123&complaint=...}): signed, checked offline by {@code deploy/evidence-verify}.
 */
@Path("/officer/evidence/field-checks")
@RolesAllowed("evidence-officer")
@Produces(MediaType.APPLICATION_JSON)
public class FieldCheckEvidenceResource {
    static final int MAX_COMPLAINTS = 50;
    private static final String COMPLAINT_ID = "[A-Z]{2,5}-[0-9]{4}-[0-9]{6,}";

    @Inject
    FieldCheckEvidence evidence;

    /** The key that checks these exports (base64 X.509), for the district to publish with them. */
    @GET
    @Path("public-key")
    public java.util.Map<String, String> publicKey() {
        return java.util.Map.of("algorithm", "Ed25519", "publicKey", evidence.publicKey());
    }

    @GET
    public ObjectNode export(@QueryParam("complaint") List<String> complaints, @Context SecurityContext caller) {
        List<String> ids = complaints == null ? List.of() : complaints.stream().map(String::strip).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_COMPLAINTS) {
            throw ApiException.badRequest("name 1 to " + MAX_COMPLAINTS
                    + " complaints: ?complaint=JAL-2026-000123&complaint=... (intake's export lists them under fieldChecks)");
        }
        ids.stream().filter(id -> !id.matches(COMPLAINT_ID)).findFirst().ifPresent(bad -> {
            throw ApiException.badRequest("'complaint' is a complaint number such as JAL-2026-000123, not '"
                    + (bad.length() > 40 ? bad.substring(0, 40) + "…" : bad) + "'");
        });
        return evidence.export(ids, caller.getUserPrincipal().getName());
    }
}
