package org.samparksetu.verification.actionreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.fieldcheck.FieldCheckRules;
import org.samparksetu.verification.fieldcheck.FieldCheckSampler;
import org.samparksetu.verification.fieldcheck.FieldCheckService;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationMetrics;
import org.samparksetu.verification.verification.VerificationRepository;

import java.time.Instant;
import java.util.List;

/**
 * A department says it acted: never take its word alone (DESIGN.md), ask the citizen. The check, the
 * complaint's new state and the {@code complaint.verification-requested} event commit together.
 */
@ApplicationScoped
public class VerificationRequestService {
    private static final Logger LOG = Logger.getLogger(VerificationRequestService.class);
    public static final String CONSUMER = "verification-service.complaint-action-reported";

    @Inject
    Outbox outbox;
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    VerificationMetrics metrics;
    @Inject
    java.time.Clock clock;
    @Inject
    org.samparksetu.verification.VerificationConfig config;
    @Inject
    FieldCheckService fieldChecks;
    @Inject
    FieldCheckSampler sampler;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Transactional
    public void requestVerification(EventEnvelope<ComplaintActionReported> event) {
        ComplaintActionReported report = event.data();
        // The registration may not have arrived yet (another topic, no order between them): the report
        // carries enough to start tracking, and the registration fills in the rest when it comes.
        Instant now = clock.instant();
        TrackedComplaint complaint = complaints.trackAndLock(report.complaintId(), report.departmentCode(),
                report.grievanceId(), now, now.plus(config.deadline().limitFor(report.departmentCode(), null)));
        complaint.fillFromReport(report.departmentCode(), report.grievanceId());

        // Natural key, beside the inbox: the bridge may re-publish the same report under a new event id.
        if (verifications.findByReportId(report.reportId()).isPresent()) {
            LOG.infof("report %s on complaint %s is already being verified; repeat ignored",
                    report.reportId(), report.complaintId());
            return;
        }
        if (complaint.isWithdrawn()) {
            // Kept (the department did report it), but the citizen who withdrew the complaint is not asked.
            Verification kept = Verification.awaitingCitizen(report, complaint.departmentCode, now);
            kept.withdraw();
            kept.photos = photosJson(report);
            verifications.persist(kept);
            metrics.reportAfterWithdrawal();
            LOG.infof("report %s on complaint %s arrived after the citizen withdrew it; recorded, citizen not asked",
                    report.reportId(), report.complaintId());
            return;
        }
        if (complaint.isClosed()) {
            LOG.infof("report %s on complaint %s arrived after it was closed; not verified again",
                    report.reportId(), report.complaintId());
            return;
        }
        // The latest report is the one the citizen is asked about; an unanswered older check is replaced.
        verifications.findOpen(report.complaintId()).ifPresent(older -> {
            older.supersede();
            fieldChecks.cancelFor(older);
            LOG.infof("check %s of complaint %s superseded by report %s", older.id, older.complaintId, report.reportId());
        });
        // Hibernate runs inserts before updates; the superseded row must leave the open set first.
        verifications.flush();

        Verification check = Verification.awaitingCitizen(report, complaint.departmentCode, now);
        check.reminderDueAt = now.plus(config.citizen().reminderAfter());
        check.silenceDueAt = now.plus(config.citizen().fieldCheckAfter());
        check.photos = photosJson(report);
        verifications.persist(check);
        // The department has answered: its deadline stops until a reopen starts a new one.
        complaint.dueAt = null;
        complaint.moveTo(ComplaintState.ACTION_REPORTED, now);
        // The question goes out in this same transaction, so the complaint is verifying from now on.
        complaint.moveTo(ComplaintState.VERIFYING, now);

        outbox.emit(EventType.COMPLAINT_VERIFICATION_REQUESTED, report.complaintId(), new VerificationRequested(
                report.complaintId(), check.id.toString(), complaint.departmentCode, report.outcome(),
                report.remarks(), now, VerificationRequested.KIND_REQUEST));
        long[] record = verifications.falseClosureRecord(complaint.departmentCode);
        FieldCheckRules.onDisposal(report.outcome(), record[0], record[1],
                        config.fieldCheck().falseClosureThreshold(), config.fieldCheck().falseClosureMinVerified(),
                        sampler.sample(check))
                .ifPresent(reason -> fieldChecks.assign(complaint, check, reason, now));
        metrics.requested();
        LOG.infof("complaint %s: %s reported %s (report %s); citizen asked to verify (check %s)",
                report.complaintId(), complaint.departmentCode, report.outcome(), report.reportId(), check.id);
    }

    private String photosJson(ComplaintActionReported report) {
        try {
            return json.writeValueAsString(report.photos() == null ? List.of() : report.photos());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "[]";
        }
    }
}
