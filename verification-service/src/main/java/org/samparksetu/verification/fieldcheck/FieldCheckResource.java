package org.samparksetu.verification.fieldcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.verification.officer.Officers;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.verification.DisputePhotoRepository;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.web.ApiException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The field verifier's API behind {@code /field.html}: only their own assigned checks. */
@Path("/api/field-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Officers.VERIFIER)
public class FieldCheckResource {
    @Inject
    FieldCheckRepository checks;
    @Inject
    FieldCheckService service;
    @Inject
    SecurityIdentity identity;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    DisputePhotoRepository disputePhotos;
    @Inject
    VerificationConfig config;

    public record Place(Double latitude, Double longitude, String village, String tehsil) {
    }

    public record FieldCheckView(UUID fieldCheckId, String complaintId, String departmentCode, String reason,
                                 String state, Instant assignedAt, Place place, String reportOutcome,
                                 String reportRemarks, String reportOfficer, JsonNode reportPhotos,
                                 String citizenAnswer, String disputeReason, String verdict, Double distanceMetres,
                                 String flagReason, List<CitizenPhoto> citizenPhotos) {
    }

    /** A photo the citizen sent with their dispute; {@code url} is null unless the media location is configured. */
    public record CitizenPhoto(String sha256, String caption, Instant receivedAt, String url) {
    }

    @GET
    @Transactional
    public List<FieldCheckView> mine() {
        return checks.assignedTo(identity.getPrincipal().getName()).stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public FieldCheckView one(@PathParam("id") UUID id) {
        return view(own(id));
    }

    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    public FieldCheckView verdict(@PathParam("id") UUID id, FieldCheckService.VerdictForm form) {
        service.submit(id, identity.getPrincipal().getName(), form);
        return one(id);
    }

    @GET
    @Path("/{id}/photo")
    @Produces("image/*")
    @Transactional
    public Response photo(@PathParam("id") UUID id) {
        FieldCheck fc = own(id);
        if (fc.photo == null) {
            throw new ApiException(Response.Status.NOT_FOUND, "This field check has no photo.");
        }
        return Response.ok(fc.photo, fc.photoType).build();
    }

    private FieldCheck own(UUID id) {
        return checks.findByIdOptional(id).filter(c -> c.verifier.equals(identity.getPrincipal().getName()))
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, "No field check " + id + " is assigned to you."));
    }

    private FieldCheckView view(FieldCheck fc) {
        ComplaintPlace p = em.find(ComplaintPlace.class, fc.complaintId);
        Verification v = em.find(Verification.class, fc.verificationId);
        JsonNode photos;
        try {
            photos = json.readTree(v.photos == null ? "[]" : v.photos);
        } catch (Exception e) {
            photos = json.createArrayNode();
        }
        return new FieldCheckView(fc.id, fc.complaintId, fc.departmentCode, fc.reason, fc.state.name(), fc.assignedAt,
                p == null ? null : new Place(p.latitude, p.longitude, p.village, p.tehsil), v.outcome.name(), v.remarks,
                v.officer, photos, v.citizenAnswer == null ? null : v.citizenAnswer.name(), v.disputeReason,
                fc.verdict == null ? null : fc.verdict.name(), fc.distanceMetres, fc.flagReason,
                disputePhotos.forVerification(v.id).stream().map(ph -> new CitizenPhoto(ph.sha256, ph.caption,
                        ph.receivedAt, config.citizenMediaUrl().map(t -> t.replace("{sha256}", ph.sha256)).orElse(null)))
                        .toList());
    }
}
