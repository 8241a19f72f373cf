package org.samparksetu.verification.fieldcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.verification.DisputePhotoRepository;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.web.ApiException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a field verifier sees of their own assigned checks: the report, the place, the citizen's answer and photos.
 * A check assigned to someone else is reported as unknown.
 */
@ApplicationScoped
public class FieldCheckViews {
    @Inject
    FieldCheckRepository checks;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    DisputePhotoRepository disputePhotos;
    @Inject
    VerificationConfig config;
    @Inject
    FieldVerifierDirectory directory;

    /**
     * Where the complaint is: the citizen's pin ({@code latitude}, {@code longitude}) if they sent one, and routing's
     * village or town with its point and kind.
     */
    public record Place(Double latitude, Double longitude, String village, String tehsil, String gramPanchayat,
                        Double placeLatitude, Double placeLongitude, String placeKind) {
        static Place of(ComplaintPlace p) {
            return p == null ? null : new Place(p.latitude, p.longitude, p.village, p.tehsil, p.gramPanchayat,
                    p.placeLatitude, p.placeLongitude, p.placeKind);
        }
    }

    public record FieldCheckView(UUID fieldCheckId, String complaintId, String departmentCode, String reason,
                                 String state, Instant assignedAt, Place place, String reportOutcome,
                                 String reportRemarks, String reportOfficer, JsonNode reportPhotos,
                                 String citizenAnswer, String disputeReason, String verdict, Double distanceMetres,
                                 String flagReason, List<CitizenPhoto> citizenPhotos, Instant dueAt,
                                 String assignmentNote) {
    }

    /** A flagged check as the grievance cell reviews it: the verdict, the evidence and how far it was from what. */
    public record FlaggedCheckView(UUID fieldCheckId, String complaintId, String departmentCode, String reason,
                                   String verifier, String verifierName, String state, String verdict, String remarks,
                                   String flagReason, String comparedWith, Double distanceMetres, Double radiusMetres,
                                   Double evidenceLatitude, Double evidenceLongitude, boolean photo, Place place,
                                   Instant assignedAt, Instant completedAt, Instant reviewDueAt, String review,
                                   String reviewedBy, Instant reviewedAt, String reviewNote, UUID replacedBy,
                                   UUID replaces) {
    }

    /** A photo the citizen sent with their dispute; {@code url} is null unless the media location is configured. */
    public record CitizenPhoto(String sha256, String caption, Instant receivedAt, String url) {
    }

    @Transactional
    public List<FieldCheckView> assignedTo(String verifier) {
        return checks.assignedTo(verifier).stream().map(this::view).toList();
    }

    @Transactional
    public FieldCheckView one(UUID id, String verifier) {
        return view(own(id, verifier));
    }

    /** The verifier's photo, with its media type. */
    public record Photo(byte[] bytes, String type) {
    }

    @Transactional
    public Photo photo(UUID id, String verifier) {
        FieldCheck fc = own(id, verifier);
        if (fc.photo == null) {
            throw new ApiException(Response.Status.NOT_FOUND, "This field check has no photo.");
        }
        return new Photo(fc.photo, fc.photoType);
    }

    private FieldCheck own(UUID id, String verifier) {
        return checks.findByIdOptional(id).filter(c -> c.verifier.equals(verifier))
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
                Place.of(p), v.outcome.name(), v.remarks,
                v.officer, photos, v.citizenAnswer == null ? null : v.citizenAnswer.name(), v.disputeReason,
                fc.verdict == null ? null : fc.verdict.name(), fc.distanceMetres, fc.flagReason,
                disputePhotos.forVerification(v.id).stream().map(ph -> new CitizenPhoto(ph.sha256, ph.caption,
                        ph.receivedAt, config.citizenMediaUrl().map(t -> t.replace("{sha256}", ph.sha256)).orElse(null)))
                        .toList(), fc.dueAt, fc.assignmentNote);
    }

    @Transactional
    public List<FlaggedCheckView> flagged() {
        return checks.flagged().stream().map(this::flaggedView).toList();
    }

    /** Any check, for the grievance cell (a reviewed one too, to see what became of it). */
    @Transactional
    public FlaggedCheckView forReview(UUID id) {
        return flaggedView(checks.findByIdOptional(id)
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, "No field check " + id + ".")));
    }

    @Transactional
    public Photo photoForReview(UUID id) {
        FieldCheck fc = checks.findByIdOptional(id).filter(c -> c.photo != null)
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, "No field check " + id + " with a photo."));
        return new Photo(fc.photo, fc.photoType);
    }

    private FlaggedCheckView flaggedView(FieldCheck fc) {
        boolean fromPhoto = fc.photoLatitude != null;
        return new FlaggedCheckView(fc.id, fc.complaintId, fc.departmentCode, fc.reason, fc.verifier,
                directory.find(fc.verifier).map(FieldVerifier::name).orElse(null), fc.state.name(),
                fc.verdict == null ? null : fc.verdict.name(), fc.remarks, fc.flagReason, fc.comparedWith,
                fc.distanceMetres, fc.radiusMetres, fromPhoto ? fc.photoLatitude : fc.deviceLatitude,
                fromPhoto ? fc.photoLongitude : fc.deviceLongitude, fc.photo != null,
                Place.of(em.find(ComplaintPlace.class, fc.complaintId)), fc.assignedAt, fc.completedAt, fc.reviewDueAt,
                fc.review == null ? null : fc.review.name(), fc.reviewedBy, fc.reviewedAt, fc.reviewNote, fc.replacedBy,
                fc.replaces);
    }
}
