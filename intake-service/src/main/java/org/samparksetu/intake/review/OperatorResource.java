package org.samparksetu.intake.review;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.contract.WhatsAppAddress;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.media.MediaDownloads;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.web.ApiException;
import org.samparksetu.web.FieldLimits;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The district grievance cell's REST API (HTTP Basic, role {@code operator}): the quarantine queue (release /
 * reject), the transcription queue (type in text and place), the stored media, and the blocklist.
 */
@Path("/operator")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorResource {
    /** A decision's note or reason, and a blocking's reason: read by people (and the citizen, for a rejection). */
    static final int MAX_REASON = 500;

    @Inject
    ReviewService review;
    @Inject
    Citizens citizens;
    @Inject
    MediaDownloads downloads;
    @Inject
    SecurityIdentity identity;

    public record Decision(String note, String reason) {
    }

    public record BlockRequest(String reason) {
    }

    @GET
    @Path("/quarantine")
    public List<Map<String, Object>> quarantine() {
        return review.queue(Complaint.Status.QUARANTINED).stream().map(c -> view(c, false)).toList();
    }

    @POST
    @Path("/quarantine/{id}/release")
    public Map<String, Object> release(@PathParam("id") String id, Decision decision) {
        FieldLimits.atMost("note", decision == null ? null : decision.note(), MAX_REASON);
        return view(review.release(id, operator(), decision == null ? null : decision.note()), false);
    }

    @POST
    @Path("/quarantine/{id}/reject")
    public Map<String, Object> reject(@PathParam("id") String id, Decision decision) {
        FieldLimits.atMost("reason", decision == null ? null : decision.reason(), MAX_REASON);
        return view(review.reject(id, operator(), decision == null ? null : decision.reason()), false);
    }

    @GET
    @Path("/transcriptions")
    public List<Map<String, Object>> transcriptions() {
        return review.queue(Complaint.Status.AWAITING_TRANSCRIPTION).stream().map(c -> view(c, true)).toList();
    }

    @POST
    @Path("/transcriptions/{id}")
    public Map<String, Object> transcribe(@PathParam("id") String id, ReviewService.Transcription transcription) {
        return view(review.transcribe(id, operator(), transcription), true);
    }

    /** A stored photo, voice note or document, by its content hash. */
    @GET
    @Path("/media/{sha256}")
    @Produces(MediaType.WILDCARD)
    public Response media(@PathParam("sha256") String sha256) throws IOException {
        return downloads.download(sha256);
    }

    @GET
    @Path("/blocklist")
    public List<Citizens.Blocked> blocklist() {
        return citizens.blocklist();
    }

    @PUT
    @Path("/blocklist/{waId}")
    public Citizens.Blocked block(@PathParam("waId") String given, BlockRequest request) {
        String waId = WhatsAppAddress.normalise(given); // "+91 98290 12345" blocks the number WhatsApp writes 919829012345
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new ApiException(400, "say why the number is blocked in 'reason'; it is kept as evidence");
        }
        FieldLimits.atMost("reason", request.reason(), MAX_REASON);
        if (!waId.matches("[0-9A-Za-z.]{5,64}")) {
            throw new ApiException(400, "give the WhatsApp id as digits with country code (e.g. 919876543210) or a user id");
        }
        return citizens.block(waId, request.reason().strip(), operator());
    }

    @DELETE
    @Path("/blocklist/{waId}")
    public Response unblock(@PathParam("waId") String given) {
        String waId = WhatsAppAddress.normalise(given);
        if (!citizens.unblock(waId, operator())) {
            throw new ApiException(404, "number " + Mask.phone(waId) + " is not on the blocklist");
        }
        return Response.noContent().build();
    }

    private String operator() {
        return identity.getPrincipal().getName();
    }

    private Map<String, Object> view(Complaint c, boolean withParts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("complaintId", c.complaintId);
        m.put("status", c.status.name());
        m.put("citizen", Mask.phone(c.citizenWaId));
        m.put("channel", c.channel);
        m.put("text", c.text);
        m.put("language", c.language);
        m.put("quarantineReason", c.quarantineReason);
        m.put("place", c.locationName);
        m.put("latitude", c.latitude);
        m.put("longitude", c.longitude);
        m.put("receivedAt", c.receivedAt);
        m.put("decidedBy", c.decidedBy);
        m.put("decisionNote", c.decisionNote);
        if (withParts) {
            m.put("parts", review.parts(c.complaintId));
        }
        return m;
    }
}
