package org.samparksetu.bridge.actionreport;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.web.DepartmentAccess;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
    MeterRegistry metrics;
    @Inject
    Clock clock;

    /** REST: the caller's account decides which departments it may report for. */
    @Transactional
    public ActionReportReceipt file(ActionReportRequest request, DepartmentAccess access) {
        CheckedReport c = CheckedReport.of(request);
        String caller = access.principal();
        Registration registration = registered(c.complaintId());
        access.require(registration.departmentCode, "complaint " + c.complaintId());
        return recorder.record(c, registration, caller, SOURCE_REST, Instant.now(clock));
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
        Registration registration = registrations.findById(c.complaintId());
        if (registration == null) {
            throw ApiException.notFound("no complaint " + c.complaintId() + " is known to the Sampark bridge");
        }
        if (departmentCode == null || !departmentCode.equals(registration.departmentCode)) {
            metrics.counter("sampark.action-reports.refused", "source", SOURCE_KAFKA, "reason", "other-department").increment();
            throw ApiException.forbidden("complaint " + c.complaintId() + " is routed to " + registration.departmentCode
                    + ", not to " + departmentCode + ": a department reports only on its own complaints");
        }
        String submittedBy = "kafka:" + departmentCode;
        Instant now = Instant.now(clock);
        if (registration.state != Registration.State.REGISTERED) {
            return held.hold(c, request, registration, submittedBy, SOURCE_KAFKA, now);
        }
        return recorder.record(c, registration, submittedBy, SOURCE_KAFKA, now);
    }

    /** A Sampark Kendra operator recorded a disposal or ATR they saw on the portal. */
    @Transactional
    public ActionReportReceipt fileFromOperator(ActionReportRequest request, String operator) {
        CheckedReport c = CheckedReport.of(request);
        Registration registration = registered(c.complaintId());
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
                reportId, List.of());
        return !recorder.record(c, registration, "portal-poller", SOURCE_PORTAL, disposedAt).replay();
    }

    private Registration registered(String complaintId) {
        Registration registration = registrations.findById(complaintId);
        if (registration == null) {
            throw ApiException.notFound("no complaint " + complaintId + " is known to the Sampark bridge");
        }
        if (registration.state != Registration.State.REGISTERED) {
            throw ApiException.conflict("complaint " + complaintId
                    + " is not registered on Rajasthan Sampark yet; report again once it has a grievance ID");
        }
        return registration;
    }
}
