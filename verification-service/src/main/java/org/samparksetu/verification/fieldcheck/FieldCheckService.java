package org.samparksetu.verification.fieldcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ActionPhoto;
import org.samparksetu.contract.events.ComplaintMarkedFalse;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationOutcomes;
import org.samparksetu.verification.verification.VerificationRepository;
import org.samparksetu.verification.verification.VerificationDecision.Decision;
import org.samparksetu.verification.verification.VerificationDecision.Verdict;
import org.samparksetu.verification.verification.VerificationMetrics;
import org.samparksetu.web.ApiException;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Sends field verifiers out and applies what they find. */
@ApplicationScoped
public class FieldCheckService {
    private static final Logger LOG = Logger.getLogger(FieldCheckService.class);
    public static final String METHOD_FIELD = "FIELD";
    static final int MAX_PHOTO_BYTES = 3 * 1024 * 1024;

    @Inject
    FieldCheckRepository checks;
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    VerificationOutcomes outcomes;
    @Inject
    Outbox outbox;
    @Inject
    VerificationConfig config;
    @Inject
    Clock clock;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    VerificationMetrics metrics;

    /** Sends a verifier to look at the check's report, unless one is already going. Caller's transaction. */
    public FieldCheck assign(TrackedComplaint complaint, Verification check, String reason, Instant now) {
        var live = checks.findLive(check.id);
        if (live.isPresent()) {
            return live.get();
        }
        FieldCheck fc = new FieldCheck();
        fc.id = UUID.randomUUID();
        fc.complaintId = complaint.complaintId;
        fc.verificationId = check.id;
        fc.departmentCode = complaint.departmentCode;
        fc.reason = reason;
        fc.verifier = pickVerifier(complaint.complaintId);
        fc.state = FieldCheck.State.ASSIGNED;
        fc.assignedAt = now;
        checks.persist(fc);
        metrics.fieldCheckAssigned();
        LOG.infof("complaint %s: field check %s (%s) assigned to %s", complaint.complaintId, fc.id, reason, fc.verifier);
        return fc;
    }

    /** A newer report replaces the check: nobody needs to visit for the old one. */
    public void cancelFor(Verification check) {
        checks.findLive(check.id).filter(fc -> fc.state == FieldCheck.State.ASSIGNED)
                .ifPresent(fc -> fc.state = FieldCheck.State.CANCELLED);
    }

    private String pickVerifier(String complaintId) {
        List<String> pool = config.fieldCheck().verifiers();
        return pool.get(Math.floorMod(complaintId.hashCode(), pool.size()));
    }

    /** What the verifier sends from the page. Photo GPS wins over the phone's location when both are given. */
    public record VerdictForm(FieldCheck.Verdict verdict, String remarks, String photoBase64, String photoType,
                              Double photoLatitude, Double photoLongitude, Double deviceLatitude,
                              Double deviceLongitude) {
    }

    @Transactional
    public FieldCheck submit(UUID fieldCheckId, String verifier, VerdictForm form) {
        if (form == null || form.verdict() == null) {
            throw new ApiException(Response.Status.BAD_REQUEST, "Choose a verdict: FIXED, NOT_FIXED or FALSE_COMPLAINT.");
        }
        FieldCheck fc = checks.findByIdOptional(fieldCheckId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.verifier.equals(verifier))
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, "No field check " + fieldCheckId
                        + " is assigned to you."));
        if (fc.state != FieldCheck.State.ASSIGNED) {
            throw new ApiException(Response.Status.CONFLICT, "This field check was already completed (" + fc.state + ").");
        }
        Instant now = clock.instant();
        fc.verdict = form.verdict();
        fc.remarks = form.remarks();
        fc.completedAt = now;
        fc.photoLatitude = form.photoLatitude();
        fc.photoLongitude = form.photoLongitude();
        fc.deviceLatitude = form.deviceLatitude();
        fc.deviceLongitude = form.deviceLongitude();
        if (form.photoBase64() != null && !form.photoBase64().isBlank()) {
            byte[] photo;
            try {
                String b64 = form.photoBase64();
                photo = java.util.Base64.getDecoder().decode(b64.contains(",") ? b64.substring(b64.indexOf(',') + 1) : b64);
            } catch (IllegalArgumentException e) {
                throw new ApiException(Response.Status.BAD_REQUEST, "The photo could not be read; attach it again.");
            }
            if (photo.length > MAX_PHOTO_BYTES) {
                throw new ApiException(Response.Status.BAD_REQUEST, "The photo is larger than 3 MB; take it at a lower resolution.");
            }
            fc.photo = photo;
            fc.photoType = form.photoType() == null ? "image/jpeg" : form.photoType();
            fc.photoSha256 = sha256(photo);
            // The camera's own GPS tag is better evidence than anything the page says about the photo.
            PhotoGps.read(photo).ifPresent(p -> {
                fc.photoLatitude = p.latitude();
                fc.photoLongitude = p.longitude();
            });
        }
        fc.flagReason = locationProblem(fc);
        if (fc.flagReason != null) {
            // Evidence from somewhere else (or nowhere) proves nothing: keep it for review, change nothing.
            fc.state = FieldCheck.State.FLAGGED;
            metrics.fieldCheckFlagged();
            LOG.warnf("field check %s of complaint %s flagged: %s", fc.id, fc.complaintId, fc.flagReason);
            return fc;
        }
        apply(fc, now);
        return fc;
    }

    /** Null when the evidence is close enough to the complaint's place, else why not. */
    String locationProblem(FieldCheck fc) {
        Double lat = fc.photoLatitude != null ? fc.photoLatitude : fc.deviceLatitude;
        Double lon = fc.photoLatitude != null ? fc.photoLongitude : fc.deviceLongitude;
        if (lat == null || lon == null) {
            return "NO_LOCATION: neither the photo nor the phone gave a location";
        }
        ComplaintPlace place = em.find(ComplaintPlace.class, fc.complaintId);
        if (place == null || place.latitude == null || place.longitude == null) {
            return "NO_COMPLAINT_PLACE: the complaint has no location to compare with";
        }
        fc.distanceMetres = Geo.haversineMetres(lat, lon, place.latitude, place.longitude);
        double max = config.fieldCheck().maxDistanceMetres();
        return fc.distanceMetres > max
                ? String.format("TOO_FAR: %.0f m from the complaint's place (at most %.0f m)", fc.distanceMetres, max)
                : null;
    }

    private void apply(FieldCheck fc, Instant now) {
        TrackedComplaint complaint = complaints.lock(fc.complaintId).orElseThrow();
        Verification check = verifications.findById(fc.verificationId);
        Decision decision = FieldCheckRules.onVerdict(check.state, complaint.state, complaint.escalationLevel, fc.verdict);
        fc.state = switch (fc.verdict) {
            case FIXED -> FieldCheck.State.PASSED;
            case NOT_FIXED -> FieldCheck.State.FAILED;
            case FALSE_COMPLAINT -> FieldCheck.State.FALSE_COMPLAINT;
        };
        outcomes.apply(decision, complaint, check, METHOD_FIELD, now);
        if (decision.verdict() == Verdict.FALSE_COMPLAINT) {
            metrics.falseComplaint();
            GeoPoint where = fc.photoLatitude != null ? new GeoPoint(fc.photoLatitude, fc.photoLongitude, null, null)
                    : new GeoPoint(fc.deviceLatitude, fc.deviceLongitude, null, null);
            ActionPhoto photo = fc.photo == null ? null
                    : new ActionPhoto("/api/field-checks/" + fc.id + "/photo", fc.photoSha256, where);
            outbox.emit(EventType.COMPLAINT_MARKED_FALSE, complaint.complaintId, new ComplaintMarkedFalse(
                    complaint.complaintId, complaint.departmentCode, fc.id.toString(), fc.verifier, fc.remarks,
                    photo, fc.distanceMetres, now));
        }
        LOG.infof("complaint %s: field check %s says %s; complaint %s at L%d", fc.complaintId, fc.id, fc.verdict,
                complaint.state, complaint.escalationLevel);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
