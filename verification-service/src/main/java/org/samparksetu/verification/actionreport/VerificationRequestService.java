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
import org.samparksetu.verification.OutcomesConfig;
import org.samparksetu.verification.verification.OutcomeMetrics;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationMetrics;
import org.samparksetu.verification.verification.VerificationRepository;

import java.time.Instant;
import java.util.List;

/**
 * A department says it acted: never take its word alone (DESIGN.md). What its disposal leads to is
 * {@link DisposalRule}'s: the citizen asked, told of interim relief, offered an appeal, or a field verifier sent first.
 * The check, the complaint's new state and the {@code complaint.verification-requested} event commit together.
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
    @Inject
    OutcomesConfig outcomes;
    @Inject
    OutcomeMetrics outcomeMetrics;
    @Inject
    org.samparksetu.verification.cluster.ClusterMembers clusters;

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
        if (fromADepartmentItLeft(report, complaint)) {
            // Only the department that has the complaint may dispose of it (the bridge refuses it too).
            outcomeMetrics.reportRefused();
            LOG.infof("report %s on complaint %s is from %s, but Sampark moved the complaint to %s; not accepted",
                    report.reportId(), report.complaintId(), report.departmentCode(), complaint.departmentCode);
            return;
        }
        DisposalRule.Plan plan = DisposalRule.onReport(report.outcome(), complaint.state);
        // The latest report is the one that counts; an undecided older check is replaced.
        verifications.findOpen(report.complaintId()).ifPresent(older -> {
            older.supersede();
            fieldChecks.cancelFor(older);
            LOG.infof("check %s of complaint %s superseded by report %s", older.id, older.complaintId, report.reportId());
        });
        // Hibernate runs inserts before updates; the superseded row must leave the open set first.
        verifications.flush();

        // The reporting department is the one accountable for this report (a report of the department Sampark has
        // just moved the complaint to may overtake the transfer, which must then not cancel it).
        String department = report.departmentCode() != null ? report.departmentCode() : complaint.departmentCode;
        Verification check = Verification.awaitingCitizen(report, department, now);
        check.state = plan.check();
        check.photos = photosJson(report);
        switch (plan.handling()) {
            case ASK_CITIZEN -> askCitizen(report, complaint, check, plan, now);
            case KEEP_OPEN_TO_DATE -> keepOpenToDate(report, complaint, check, plan, now);
            case OFFER_APPEAL -> offerAppeal(report, complaint, check, plan, now);
            case FIELD_CHECK_FIRST -> fieldCheckFirst(report, complaint, check, plan, now);
        }
    }

    /** Relief: "is it fixed?", a reminder and then a field check on silence, and the department's record watched. */
    private void askCitizen(ComplaintActionReported report, TrackedComplaint complaint, Verification check,
                            DisposalRule.Plan plan, Instant now) {
        check.reminderDueAt = now.plus(config.citizen().reminderAfter());
        check.silenceDueAt = now.plus(config.citizen().fieldCheckAfter());
        verifications.persist(check);
        departmentAnswered(complaint, plan, now);
        VerificationRequested question = tellCitizen(report, check, plan, report.remarks(), now);
        clusters.askWithLeader(complaint, check.id, question, now);
        long[] record = verifications.falseClosureRecord(check.departmentCode);
        FieldCheckRules.onDisposal(report.outcome(), record[0], record[1],
                        config.fieldCheck().falseClosureThreshold(), config.fieldCheck().falseClosureMinVerified(),
                        sampler.sample(check))
                .ifPresent(reason -> fieldChecks.assign(complaint, check, reason, now));
        metrics.requested();
        LOG.infof("complaint %s: %s reported %s (report %s); citizen asked to verify (check %s)",
                report.complaintId(), check.departmentCode, report.outcome(), report.reportId(), check.id);
    }

    /** Interim relief: still the department's, on the clock of its own date; the citizen is told why and until when. */
    private void keepOpenToDate(ComplaintActionReported report, TrackedComplaint complaint, Verification check,
                                DisposalRule.Plan plan, Instant now) {
        InterimClockRule.Clock due = InterimClockRule.clock(report.expectedBy(), now, outcomes.districtZone(),
                complaint.awaitsDepartment() ? complaint.dueAt : null, complaint.escalationLevel,
                config.deadline().limitFor(complaint.departmentCode, complaint.subject),
                config.deadline().levelLimitFor(complaint.departmentCode),
                outcomes.interimMaxExtension());
        check.expectedBy = due.promised();
        verifications.persist(check);
        complaint.moveTo(plan.complaint(), now);
        complaint.startClock(due.dueAt());
        complaint.interimReason = report.remarks();
        complaint.interimExpectedBy = due.heldTo();
        complaint.interimOfficer = report.officer();
        complaint.interimAt = now;
        tellCitizen(report, check, plan, interimRemarks(due.heldTo(), report.remarks()), now);
        outcomeMetrics.interimRelief();
        LOG.infof("complaint %s: %s reported interim relief (report %s, date %s); open until %s (%s)",
                report.complaintId(), check.departmentCode, report.reportId(), report.expectedBy(), due.dueAt(), due.basis());
    }

    /** Rejected, Not Possible, Filed: the citizen hears the reason and may accept or appeal within the period. */
    private void offerAppeal(ComplaintActionReported report, TrackedComplaint complaint, Verification check,
                             DisposalRule.Plan plan, Instant now) {
        check.silenceDueAt = now.plus(outcomes.appealPeriod());
        verifications.persist(check);
        departmentAnswered(complaint, plan, now);
        tellCitizen(report, check, plan, report.remarks(), now);
        outcomeMetrics.appealOffered();
        LOG.infof("complaint %s: %s reported %s (report %s); citizen offered an appeal until %s (check %s)",
                report.complaintId(), check.departmentCode, report.outcome(), report.reportId(), check.silenceDueAt, check.id);
    }

    /** False Case: a verifier looks before anyone is told or flagged; only their FALSE verdict marks it false. */
    private void fieldCheckFirst(ComplaintActionReported report, TrackedComplaint complaint, Verification check,
                                 DisposalRule.Plan plan, Instant now) {
        verifications.persist(check);
        departmentAnswered(complaint, plan, now);
        fieldChecks.assign(complaint, check, DisposalRule.REASON_DEPARTMENT_SAYS_FALSE, now);
        outcomeMetrics.falseCaseFieldChecked();
        LOG.infof("complaint %s: %s reported False Case (report %s); field check first (check %s)",
                report.complaintId(), check.departmentCode, report.reportId(), check.id);
    }

    /** The department has answered: its deadline stops until a reopen or an appeal starts a new one. */
    private static void departmentAnswered(TrackedComplaint complaint, DisposalRule.Plan plan, Instant now) {
        complaint.dueAt = null;
        complaint.moveTo(ComplaintState.ACTION_REPORTED, now);
        // What follows (the question, the offer, the visit) is set going in this same transaction.
        complaint.moveTo(plan.complaint(), now);
    }

    private VerificationRequested tellCitizen(ComplaintActionReported report, Verification check, DisposalRule.Plan plan,
                                              String remarks, Instant now) {
        VerificationRequested question = new VerificationRequested(report.complaintId(), check.id.toString(),
                check.departmentCode, report.outcome(), remarks, now, plan.citizenKind());
        outbox.emit(EventType.COMPLAINT_VERIFICATION_REQUESTED, report.complaintId(), question);
        return question;
    }

    /**
     * The {@code remarks} of an INTERIM {@code complaint.verification-requested}: the date the department is held to
     * (ISO), then the department's reason after ": " ({@code 2026-04-15: pipeline being laid}); the date alone when it
     * gave no reason.
     */
    static String interimRemarks(java.time.LocalDate heldTo, String reason) {
        return reason == null || reason.isBlank() ? heldTo.toString() : heldTo + ": " + reason.strip();
    }

    /** After a transfer only the department that has the complaint may report; the one it left is refused. */
    private static boolean fromADepartmentItLeft(ComplaintActionReported report, TrackedComplaint complaint) {
        return complaint.transfers > 0 && report.departmentCode() != null && complaint.departmentCode != null
                && !report.departmentCode().equals(complaint.departmentCode);
    }

    private String photosJson(ComplaintActionReported report) {
        try {
            return json.writeValueAsString(report.photos() == null ? List.of() : report.photos());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "[]";
        }
    }
}
