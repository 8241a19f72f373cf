package org.samparksetu.verification.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.verification.fieldcheck.FieldCheck;
import org.samparksetu.verification.fieldcheck.FieldCheckRepository;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationRepository;
import org.samparksetu.web.ApiException;
import org.samparksetu.web.evidence.EvidenceHashes;
import org.samparksetu.web.evidence.EvidenceSigner;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field-check half of an IT-Act evidence file: for the complaints intake's export names (its {@code fieldChecks}),
 * what the department reported, what each citizen answered, and what the verifier found where (verdict, remarks, GPS of
 * the device and of the photo, distance from the place, review), with the verifier's photos as bytes. Signed with
 * the same scheme as intake's export, so {@code deploy/evidence-verify} checks both.
 */
@ApplicationScoped
public class FieldCheckEvidence {
    private static final Logger LOG = Logger.getLogger(FieldCheckEvidence.class);

    @Inject
    FieldCheckRepository fieldChecks;
    @Inject
    VerificationRepository verifications;
    @Inject
    EvidenceSigner signer;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    public String publicKey() {
        return signer.publicKeyBase64();
    }

    @Transactional
    public ObjectNode export(List<String> complaintIds, String exportedBy) {
        List<Map<String, Object>> checks = new ArrayList<>();
        List<Map<String, Object>> reports = new ArrayList<>();
        List<Map<String, Object>> media = new ArrayList<>();
        for (String complaintId : complaintIds) {
            for (Verification v : verifications.listForComplaint(complaintId)) {
                reports.add(report(v));
            }
            for (FieldCheck fc : fieldChecks.forComplaint(complaintId)) {
                checks.add(check(fc));
                if (fc.photo != null && fc.photo.length > 0) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("fieldCheckId", fc.id.toString());
                    m.put("mediaSha256", EvidenceHashes.sha256(fc.photo));
                    m.put("type", fc.photoType);
                    m.put("bytesBase64", Base64.getEncoder().encodeToString(fc.photo));
                    media.add(m);
                }
            }
        }
        if (reports.isEmpty() && checks.isEmpty()) {
            throw ApiException.notFound("verification holds nothing about " + String.join(", ", complaintIds));
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("kind", "field-checks");
        evidence.put("service", "verification-service");
        evidence.put("complaintIds", complaintIds);
        evidence.put("exportedAt", clock.instant().toString());
        evidence.put("exportedBy", exportedBy);
        evidence.put("actionReportChecks", reports);
        evidence.put("fieldChecks", checks);
        evidence.put("media", media);
        LOG.infof("field-check evidence of %d complaints exported by %s (%d checks, %d photos)", complaintIds.size(),
                exportedBy, checks.size(), media.size());
        return signer.signedDocument(json, evidence);
    }

    private static Map<String, Object> report(Verification v) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("verificationId", v.id.toString());
        r.put("complaintId", v.complaintId);
        r.put("departmentCode", v.departmentCode);
        r.put("reportId", v.reportId);
        r.put("outcome", v.outcome == null ? null : v.outcome.name());
        r.put("remarks", v.remarks);
        r.put("state", v.state == null ? null : v.state.name());
        r.put("citizenAnswer", v.citizenAnswer == null ? null : v.citizenAnswer.name());
        r.put("answeredAt", v.answeredAt == null ? null : v.answeredAt.toString());
        r.put("disputeReason", v.disputeReason);
        r.put("falseClosure", v.falseClosure);
        return r;
    }

    private static Map<String, Object> check(FieldCheck fc) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("fieldCheckId", fc.id.toString());
        c.put("complaintId", fc.complaintId);
        c.put("verificationId", fc.verificationId.toString());
        c.put("verifier", fc.verifier);
        c.put("tehsil", fc.tehsil);
        c.put("reason", fc.reason);
        c.put("state", fc.state == null ? null : fc.state.name());
        c.put("verdict", fc.verdict == null ? null : fc.verdict.name());
        c.put("remarks", fc.remarks);
        c.put("assignedAt", fc.assignedAt == null ? null : fc.assignedAt.toString());
        c.put("completedAt", fc.completedAt == null ? null : fc.completedAt.toString());
        c.put("deviceLatitude", fc.deviceLatitude);
        c.put("deviceLongitude", fc.deviceLongitude);
        c.put("photoLatitude", fc.photoLatitude);
        c.put("photoLongitude", fc.photoLongitude);
        c.put("photoSha256", fc.photoSha256);
        c.put("comparedWith", fc.comparedWith);
        c.put("radiusMetres", fc.radiusMetres);
        c.put("distanceMetres", fc.distanceMetres);
        c.put("flagReason", fc.flagReason);
        c.put("reviewedBy", fc.reviewedBy);
        c.put("reviewedAt", fc.reviewedAt == null ? null : fc.reviewedAt.toString());
        c.put("reviewNote", fc.reviewNote);
        return c;
    }
}
