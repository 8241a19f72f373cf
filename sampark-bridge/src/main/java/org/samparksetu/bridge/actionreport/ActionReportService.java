package org.samparksetu.bridge.actionreport;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.transfer.TransferService;
import org.samparksetu.bridge.web.DepartmentAccess;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Takes an action-taken report, whatever its source (REST, KAFKA, PORTAL disposal, OPERATOR): decides who may report
 * on which complaint and when, then files it ({@link ActionReportRecorder}) or holds it until the complaint is
 * registered ({@link HeldReports}), each in one transaction. Portal disposals are keyed by grievance and disposal time.
 */
@ApplicationScoped
public class ActionReportService {
    private static final Logger LOG = Logger.getLogger(ActionReportService.class);
    public static final String SOURCE_REST = "REST";
    public static final String SOURCE_KAFKA = "KAFKA";
    public static final String SOURCE_PORTAL = "PORTAL";
    public static final String SOURCE_OPERATOR = "OPERATOR";

    @Inject
    RegistrationRepository registrations;
    @Inject
    ActionReportRecorder recorder;
    @Inject
    HeldReports held;
    @Inject
    TransferService transfers;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    /** REST: the caller's account decides which departments it may report for. */
    @Transactional
    public ActionReportReceipt file(ActionReportRequest request, DepartmentAccess access) {
        CheckedReport c = CheckedReport.of(request);
        String caller = access.principal();
        Set<String> actsFor = access.assignedDepartments();
        Registration registration = known(c.complaintId());
        if (right(registration, actsFor, SOURCE_REST) == ReportRightsRule.Right.WAIT_FOR_TRANSFER
                && registration.state == Registration.State.REGISTERED) {
            throw ApiException.conflict("complaint " + c.complaintId() + " is moving to " + registration.departmentCode
                    + " on the Rajasthan Sampark portal; file the report again once it has moved");
        }
        return recorder.record(c, registered(registration), caller, SOURCE_REST, Instant.now(clock));
    }

    /**
     * A department's own system on Kafka: its own topic {@code department.<code>.action-reports} (whose write ACL
     * is that department's principal in production), or the older shared topic naming the department in the
     * report. Either way the complaint must be routed to that department. A complaint routed but not registered
     * yet has its report held and applied when the grievance ID comes.
     */
    @Transactional
    public ActionReportReceipt fileFromDepartmentSystem(ActionReportRequest request, String departmentCode) {
        if (request == null || request.reportId() == null || request.reportId().isBlank()) {
            throw ApiException.badRequest("a report on Kafka needs its own 'reportId' (the idempotency key)");
        }
        CheckedReport c = CheckedReport.of(request);
        Registration registration = known(c.complaintId());
        ReportRightsRule.Right right = right(registration, departmentCode == null ? Set.of() : Set.of(departmentCode),
                SOURCE_KAFKA);
        String submittedBy = "kafka:" + departmentCode;
        Instant now = Instant.now(clock);
        if (registration.state != Registration.State.REGISTERED || right == ReportRightsRule.Right.WAIT_FOR_TRANSFER) {
            // its grievance ID, or its move to this department on the portal, is still to come
            return held.hold(c, request, registration, submittedBy, SOURCE_KAFKA, now);
        }
        return recorder.record(c, registration, submittedBy, SOURCE_KAFKA, now);
    }

    /**
     * A Sampark Kendra operator recorded a disposal or ATR they saw on the portal. While the grievance is still to
     * move to the department the complaint was re-routed to, what the portal shows is the old department's: the
     * move comes first.
     */
    @Transactional
    public ActionReportReceipt fileFromOperator(ActionReportRequest request, String operator) {
        CheckedReport c = CheckedReport.of(request);
        Registration registration = registered(known(c.complaintId()));
        var move = transfers.pending(c.complaintId());
        if (move.isPresent()) {
            var before = recorder.filedBefore(c.reportId(), SOURCE_OPERATOR);
            if (before.isPresent()) {
                return before.get();
            }
            throw ApiException.conflict("complaint " + c.complaintId() + " was re-routed from " + move.get().fromDepartment()
                    + " to " + move.get().toDepartment() + ": move grievance " + move.get().grievanceId()
                    + " on the portal and confirm it under Transfers first; only " + move.get().toDepartment()
                    + " may then report");
        }
        return recorder.record(c, registration, operator, SOURCE_OPERATOR, Instant.now(clock));
    }

    /**
     * A disposal seen while polling the portal. Keyed by grievance and disposal time, so polling the same
     * disposal again (overlapping windows, a restart) makes no second report. Returns false if already known.
     */
    @Transactional
    public boolean fileFromPortal(PortalGrievance g) {
        Registration registration = registrations.findByGrievanceId(g.grievanceId());
        if (registration == null) {
            return false; // not ours, or an earlier grievance of a reopened complaint
        }
        // The portal says whose disposal it is. One by a department the complaint was re-routed away from is refused.
        String by = g.department() == null || g.department().isBlank() ? registration.departmentCode : g.department().strip();
        if (right(registration, Set.of(by), SOURCE_PORTAL) != ReportRightsRule.Right.FILE) {
            LOG.warnf("grievance %s disposed on the portal by %s, but complaint %s is with %s now: not taken",
                    g.grievanceId(), by, registration.complaintId, registration.departmentCode);
            return false;
        }
        DisposalOutcome outcome;
        try {
            outcome = DisposalOutcome.valueOf(g.outcome());
        } catch (RuntimeException e) {
            LOG.warnf("grievance %s disposed with an outcome we do not know: '%s'; skipped", g.grievanceId(), g.outcome());
            metrics.counter("sampark.portal.disposals.unknown-outcome").increment();
            return false;
        }
        Instant disposedAt = g.updatedAt() == null ? Instant.now(clock) : g.updatedAt();
        String reportId = "portal:" + g.grievanceId() + ":" + disposedAt.truncatedTo(ChronoUnit.MILLIS);
        CheckedReport c = new CheckedReport(registration.complaintId, outcome,
                g.remarks() == null || g.remarks().isBlank() ? "(no remarks on the portal)" : g.remarks().strip(),
                g.officer() == null || g.officer().isBlank() ? "(officer not named on the portal)" : g.officer().strip(),
                reportId, List.of(), null); // the portal's disposal carries no interim date
        return !recorder.record(c, registration, "portal-poller", SOURCE_PORTAL, disposedAt).replay();
    }

    /**
     * Whether a reporter for {@code actsFor} may file on the complaint now ({@link ReportRightsRule}); a refusal is
     * counted and thrown as 403 naming the department the complaint is with.
     */
    private ReportRightsRule.Right right(Registration registration, Set<String> actsFor, String source) {
        boolean movePending = transfers.pending(registration.complaintId)
                .map(t -> t.toDepartment().equals(registration.departmentCode)).orElse(false);
        ReportRightsRule.Right right = ReportRightsRule.decide(registration.departmentCode, movePending, actsFor);
        if (right == ReportRightsRule.Right.REFUSED) {
            metrics.counter("sampark.action-reports.refused", "source", source, "reason", "other-department").increment();
            if (!SOURCE_PORTAL.equals(source)) {
                throw ApiException.forbidden(ReportRightsRule.refusal(registration.complaintId, registration.departmentCode,
                        Departments.byCode(registration.departmentCode).map(Departments.Department::nameEn).orElse(null),
                        actsFor));
            }
        }
        return right;
    }

    private Registration known(String complaintId) {
        Registration registration = registrations.findById(complaintId);
        if (registration == null) {
            throw ApiException.notFound("no complaint " + complaintId + " is known to the Sampark bridge");
        }
        if (registration.state == Registration.State.LINKED) {
            // one problem, one report: the department answers the cluster's leader, whose outcome every member shares
            metrics.counter("sampark.action-reports.refused", "source", "any", "reason", "cluster-member").increment();
            throw ApiException.conflict("complaint " + complaintId + " reports the same problem as complaint "
                    + registration.leaderComplaintId + " and shares its Sampark grievance; file the action-taken report on "
                    + registration.leaderComplaintId + " (its outcome reaches every complainant)");
        }
        return registration;
    }

    private static Registration registered(Registration registration) {
        if (registration.state != Registration.State.REGISTERED) {
            throw ApiException.conflict("complaint " + registration.complaintId
                    + " is not registered on Rajasthan Sampark yet; report again once it has a grievance ID");
        }
        return registration;
    }
}
