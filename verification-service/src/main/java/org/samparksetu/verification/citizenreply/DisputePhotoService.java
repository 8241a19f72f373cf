package org.samparksetu.verification.citizenreply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.verification.DisputePhoto;
import org.samparksetu.verification.verification.DisputePhotoRepository;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationMetrics;
import org.samparksetu.verification.verification.VerificationRepository;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the photos a citizen sends after disputing a fix with that dispute, so the field verifier sees what the
 * citizen sees. A photo about a complaint whose fix the citizen never disputed is not evidence of anything here.
 */
@ApplicationScoped
public class DisputePhotoService {
    private static final Logger LOG = Logger.getLogger(DisputePhotoService.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    DisputePhotoRepository photos;
    @Inject
    VerificationMetrics metrics;

    @Transactional
    public void recordPhotos(EventEnvelope<CitizenReplied> event) {
        CitizenReplied replied = event.data();
        if (replied.complaintId() == null || replied.mediaIds() == null || replied.mediaIds().isEmpty()) {
            return;
        }
        Optional<Verification> disputed = complaints.lock(replied.complaintId()).flatMap(c -> latestDispute(replied.complaintId()));
        if (disputed.isEmpty()) {
            LOG.infof("photo about %s, whose fix was not disputed; not kept", replied.complaintId());
            return;
        }
        Verification check = disputed.get();
        int kept = 0;
        for (String sha : replied.mediaIds()) {
            if (sha == null || !SHA256.matcher(sha).matches() || photos.has(check.id, sha)) {
                continue;
            }
            DisputePhoto p = new DisputePhoto();
            p.verificationId = check.id;
            p.complaintId = check.complaintId;
            p.sha256 = sha;
            p.caption = replied.text();
            p.messageId = replied.messageId();
            p.receivedAt = replied.repliedAt();
            photos.persist(p);
            kept++;
        }
        if (kept > 0) {
            metrics.disputePhotoKept(kept);
            LOG.infof("complaint %s: %d photo(s) from the citizen kept with disputed check %s", check.complaintId, kept, check.id);
        }
    }

    private Optional<Verification> latestDispute(String complaintId) {
        return verifications.listForComplaint(complaintId).stream()
                .filter(v -> v.citizenAnswer == VerificationAnswer.NOT_FIXED)
                .max(Comparator.comparing(v -> v.requestedAt));
    }
}
