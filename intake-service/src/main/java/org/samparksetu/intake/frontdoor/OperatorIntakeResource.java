package org.samparksetu.intake.frontdoor;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.intake.citizen.AbuseControls;
import org.samparksetu.intake.text.ContactNumbers;
import org.samparksetu.web.ApiException;
import org.samparksetu.web.FieldLimits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Complaints taken by a person at a jansunwai (public hearing) or over the phone, typed in by an operator
 * (HTTP Basic, role {@code operator}). The citizen's mobile number is required: it is how they hear back.
 */
@Path("/operator/complaints")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorIntakeResource {
    static final Set<String> SOURCES = Set.of("JANSUNWAI", "PHONE", "WALK_IN", "LETTER");
    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 100;
    static final int MAX_PLACE = 200;

    @Inject
    OperatorIntake intake;
    @Inject
    SecurityIdentity identity;
    @Inject
    AbuseControls abuse;

    /** @param overrideReason why to file it although the number is past a limit (flagged, cap, burst); recorded */
    public record OperatorComplaint(String source, String phone, String name, String text, String place,
                                    Double latitude, Double longitude, String overrideReason) {
    }

    @POST
    public Response file(OperatorComplaint body) {
        if (body == null) {
            throw new ApiException(400, "send a JSON object with source, phone, text and place");
        }
        if (body.source() == null || !SOURCES.contains(body.source())) {
            throw new ApiException(400, "'source' must be one of " + SOURCES);
        }
        String waId = ContactNumbers.asWaId(body.phone());
        if (waId == null) {
            throw new ApiException(400, "'phone' must be a valid mobile number (e.g. 9876543210 or +91 98765 43210)");
        }
        if (body.text() == null || body.text().isBlank()) {
            throw new ApiException(400, "'text' must say what the complaint is");
        }
        FieldLimits.atMost("text", body.text(), MAX_TEXT);
        FieldLimits.atMost("name", body.name(), MAX_NAME);
        FieldLimits.atMost("place", body.place(), MAX_PLACE);
        FieldLimits.atMost("overrideReason", body.overrideReason(), AbuseControls.MAX_OVERRIDE_REASON);
        if ((body.latitude() == null) != (body.longitude() == null)) {
            throw new ApiException(400, "give both 'latitude' and 'longitude', or neither");
        }
        String operator = identity.getPrincipal().getName();
        OperatorIntake.Filed c = intake.file(body.source(), waId, body.name(), body.text().strip(),
                blankToNull(body.place()), body.latitude(), body.longitude(), operator, blankToNull(body.overrideReason()));
        if (c.refusedFor() != null) {
            String what = abuse.describe(c.refusedFor());
            throw new ApiException(409, c.overridable()
                    ? what + "; to file it anyway, send 'overrideReason' saying why (at most "
                            + AbuseControls.MAX_OVERRIDE_REASON + " characters): it is recorded with your name"
                    : what + "; see GET /operator/blocklist, and unblock it there if the citizen should be heard");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("complaintId", c.complaintId());
        answer.put("status", c.status().name());
        answer.put("channel", c.channel());
        if (c.overriddenLimit() != null) {
            answer.put("overriddenLimit", c.overriddenLimit());
        }
        return Response.status(201).entity(answer).build();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
