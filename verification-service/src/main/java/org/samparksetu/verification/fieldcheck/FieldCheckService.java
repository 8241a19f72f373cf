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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sends field verifiers out and applies what they find. */
@ApplicationScoped
public class FieldCheckService {
    private static final Logger LOG = Logger.getLogger(FieldCheckService.class);
    public static final String METHOD_FIELD = "FIELD";
    static final int MAX_PHOTO_BYTES = 3 * 1024 * 1024;
    static final int MAX_REMARKS = 1000;
    static final int MAX_NOTE = 500;

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
    @Inject
    FieldCheckMetrics fieldMetrics;
    @Inject
    FieldVerifierDirectory directory;

    /** Sends a verifier to look at the check's report, unless one is already going. Caller's transaction. */
    public FieldCheck assign(TrackedComplaint complaint, Verification check, String reason, Instant now) {
        var live = checks.findLive(check.id);
        if (live.isPresent()) {
            return live.get();
        }
        ComplaintPlace place = em.find(ComplaintPlace.class, complaint.complaintId);
        String tehsil = place == null ? null : place.tehsil;
        VerifierChoiceRule.Choice choice = VerifierChoiceRule.choose(directory.all(), tehsil,
                        checks.openChecksByVerifier(), Set.of())
                .orElseThrow(() -> new IllegalStateException("the field verifiers' directory has no district-wide verifier"));
        FieldCheck fc = newCheck(complaint.complaintId, check.id, complaint.departmentCode, reason, tehsil, choice, now);
        checks.persist(fc);
        metrics.fieldCheckAssigned();
        LOG.infof("complaint %s: field check %s (%s) assigned to %s%s", complaint.complaintId, fc.id, reason, fc.verifier,
                choice.districtWide() ? " (" + choice.note() + ")" : "");
        return fc;
    }

    private FieldCheck newCheck(String complaintId, UUID verificationId, String departmentCode, String reason,
                                String tehsil, VerifierChoiceRule.Choice choice, Instant now) {
        FieldCheck fc = new FieldCheck();
        fc.id = UUID.randomUUID();
        fc.complaintId = complaintId;
        fc.verificationId = verificationId;
        fc.departmentCode = departmentCode;
        fc.reason = reason;
        fc.verifier = choice.verifierId();
        fc.tehsil = tehsil;
        fc.districtWide = choice.districtWide();
        fc.assignmentNote = choice.note();
        fc.state = FieldCheck.State.ASSIGNED;
        fc.assignedAt = now;
        fc.dueAt = now.plus(config.fieldCheck().visitWithin());
        if (choice.districtWide()) {
            fieldMetrics.districtWide();
        }
        return fc;
    }

    /**
     * A newer report replaces the check, or the complaint was withdrawn: nobody needs to visit for it, and a flag
     * about it needs no review.
     */
    public void cancelFor(Verification check) {
        checks.findLive(check.id)
                .filter(fc -> fc.state == FieldCheck.State.ASSIGNED || fc.state == FieldCheck.State.FLAGGED)
                .ifPresent(fc -> fc.state = FieldCheck.State.CANCELLED);
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
        if (form.remarks() != null && form.remarks().length() > MAX_REMARKS) {
            throw new ApiException(Response.Status.BAD_REQUEST, "remarks are at most " + MAX_REMARKS + " characters.");
        }
        if (form.photoType() != null && !form.photoType().matches("image/[a-z0-9.+-]{1,40}")) {
            throw new ApiException(Response.Status.BAD_REQUEST, "photoType must be an image type such as image/jpeg.");
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
            // Evidence from somewhere else (or nowhere) proves nothing: kept for the grievance cell, changes nothing.
            flag(fc, now);
            return fc;
        }
        apply(fc, now);
        return fc;
    }

    private void flag(FieldCheck fc, Instant now) {
        fc.state = FieldCheck.State.FLAGGED;
        fc.reviewDueAt = now.plus(config.fieldCheck().reviewWithin());
        metrics.fieldCheckFlagged();
        LOG.warnf("field check %s of complaint %s flagged for review by %s: %s", fc.id, fc.complaintId, fc.reviewDueAt,
                fc.flagReason);
    }

    /** Null when the evidence is close enough to the complaint's pin or place (see {@link PlaceRadiusRule}), else why not. */
    String locationProblem(FieldCheck fc) {
        PlaceRadiusRule.Point evidence = fc.photoLatitude != null
                ? PlaceRadiusRule.Point.of(fc.photoLatitude, fc.photoLongitude)
                : PlaceRadiusRule.Point.of(fc.deviceLatitude, fc.deviceLongitude);
        ComplaintPlace place = em.find(ComplaintPlace.class, fc.complaintId);
        VerificationConfig.FieldCheck c = config.fieldCheck();
        PlaceRadiusRule.Result result = PlaceRadiusRule.judge(evidence,
                place == null ? null : PlaceRadiusRule.Point.of(place.latitude, place.longitude),
                place == null ? null : PlaceRadiusRule.Point.of(place.placeLatitude, place.placeLongitude),
                place == null ? null : place.placeKind,
                new PlaceRadiusRule.Radii(c.maxDistanceMetres(), c.villageRadiusMetres(), c.censusTownRadiusMetres(),
                        c.townRadiusMetres()));
        fc.comparedWith = result.basis().name();
        fc.distanceMetres = result.distanceMetres();
        fc.radiusMetres = result.radiusMetres();
        return result.flagReason();
    }

    private void apply(FieldCheck fc, Instant now) {
        TrackedComplaint complaint = complaints.lock(fc.complaintId).orElseThrow();
        Verification check = verifications.findById(fc.verificationId);
        Decision decision = FieldCheckRules.onVerdict(check.state, complaint.state, complaint.escalationLevel, fc.verdict);
        fc.state = FieldCheckReviewRule.stateFor(fc.verdict);
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

    /** What the grievance cell writes with a review; the verifier is named only to reassign to a particular one. */
    public record ReviewForm(String note, String verifier) {
    }

    /**
     * The grievance cell's review of a flagged check (see {@link FieldCheckReviewRule}): accepted, the verdict takes
     * effect; redone or reassigned, the check is set aside and a new one sent. Answers the check that now counts.
     */
    @Transactional
    public FieldCheck review(UUID fieldCheckId, FieldCheckReviewRule.Action action, String reviewer, ReviewForm form) {
        String note = form == null || form.note() == null ? null : form.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new ApiException(Response.Status.BAD_REQUEST, "note is at most " + MAX_NOTE + " characters.");
        }
        if (action == FieldCheckReviewRule.Action.ACCEPT && (note == null || note.isEmpty())) {
            throw new ApiException(Response.Status.BAD_REQUEST,
                    "note is required to accept flagged evidence: say why it can be trusted (at most " + MAX_NOTE + " characters).");
        }
        String named = form == null || form.verifier() == null || form.verifier().isBlank() ? null : form.verifier().strip();
        if (named != null && action != FieldCheckReviewRule.Action.REASSIGN) {
            throw new ApiException(Response.Status.BAD_REQUEST, "verifier is named only to reassign a check.");
        }
        if (named != null && directory.find(named).isEmpty()) {
            throw new ApiException(Response.Status.BAD_REQUEST, "verifier: no field verifier " + named
                    + " is in the district's directory.");
        }
        FieldCheck fc = checks.findByIdOptional(fieldCheckId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND, "No field check " + fieldCheckId + "."));
        complaints.lock(fc.complaintId);
        checks.getEntityManager().refresh(fc);
        FieldCheckReviewRule.refusal(fc.state, fc.verdict, action).ifPresent(why -> {
            throw new ApiException(Response.Status.CONFLICT, why);
        });
        Instant now = clock.instant();
        fc.reviewedBy = reviewer;
        fc.reviewedAt = now;
        fc.reviewNote = note;
        FieldCheck counts = switch (action) {
            case ACCEPT -> {
                fc.review = FieldCheck.Review.ACCEPTED;
                apply(fc, now);
                yield fc;
            }
            case REDO -> sendAgain(fc, FieldCheck.Review.REDONE, fc.verifier, now);
            case REASSIGN -> {
                String to = named != null ? named : anotherVerifier(fc).orElseThrow(() -> new ApiException(
                        Response.Status.CONFLICT, "No other field verifier can go: redo it with the same verifier."));
                if (to.equals(fc.verifier)) {
                    throw new ApiException(Response.Status.BAD_REQUEST, "verifier: " + to
                            + " already has this check; name another, or redo it.");
                }
                yield sendAgain(fc, FieldCheck.Review.REASSIGNED, to, now);
            }
        };
        fieldMetrics.reviewed(fc.review);
        LOG.infof("flagged field check %s of complaint %s reviewed by %s: %s", fc.id, fc.complaintId, reviewer, fc.review);
        return counts;
    }

    /**
     * The verifier did not come back by the deadline: the check is flagged for the grievance cell (it proves nothing
     * and changes nothing), with its review deadline. Caller's transaction, the check locked.
     */
    public void flagOverdueVisit(FieldCheck fc, Instant now) {
        fc.flagReason = FieldCheckReviewRule.visitOverdueFlag(fc.dueAt);
        flag(fc, now);
        fieldMetrics.visitOverdue();
    }

    /** Nobody reviewed the flag in time: another verifier goes, or the same one when no one else can. Caller's transaction. */
    public FieldCheck resendOverdueReview(FieldCheck fc, Instant now) {
        Optional<String> other = anotherVerifier(fc);
        FieldCheckReviewRule.Action action = FieldCheckReviewRule.onReviewOverdue(other.isPresent());
        fc.reviewedAt = now;
        fc.reviewNote = "not reviewed by " + fc.reviewDueAt + ": " + action;
        FieldCheck next = sendAgain(fc, FieldCheck.Review.REVIEW_OVERDUE,
                action == FieldCheckReviewRule.Action.REASSIGN ? other.get() : fc.verifier, now);
        fieldMetrics.reviewed(FieldCheck.Review.REVIEW_OVERDUE);
        return next;
    }

    /** Who else would go: the tehsil's other verifiers first, else a district-wide one. */
    private Optional<String> anotherVerifier(FieldCheck fc) {
        return VerifierChoiceRule.choose(directory.all(), fc.tehsil, checks.openChecksByVerifier(), Set.of(fc.verifier))
                .map(VerifierChoiceRule.Choice::verifierId);
    }

    /** Sets the flagged check aside and sends {@code verifier} to do it again, with a new visit deadline. */
    private FieldCheck sendAgain(FieldCheck flagged, FieldCheck.Review review, String verifier, Instant now) {
        flagged.review = review;
        flagged.state = FieldCheck.State.SET_ASIDE;
        // The set-aside check must leave the one-live-check-per-verification index before its successor is inserted.
        checks.flush();
        FieldVerifier who = directory.find(verifier).orElseThrow();
        String note = !who.districtWide() ? null
                : flagged.districtWide ? flagged.assignmentNote
                : "DISTRICT_WIDE: sent after flagged check " + flagged.id + " (" + review + ")";
        FieldCheck next = newCheck(flagged.complaintId, flagged.verificationId, flagged.departmentCode, flagged.reason,
                flagged.tehsil, new VerifierChoiceRule.Choice(verifier, who.districtWide(), note), now);
        next.replaces = flagged.id;
        checks.persist(next);
        flagged.replacedBy = next.id;
        metrics.fieldCheckAssigned();
        LOG.infof("complaint %s: field check %s (%s) sent again as %s to %s", flagged.complaintId, flagged.id, review,
                next.id, verifier);
        return next;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
