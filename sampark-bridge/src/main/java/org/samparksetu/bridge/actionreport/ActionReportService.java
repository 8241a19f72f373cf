package org.samparksetu.bridge.actionreport;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.web.ApiException;
import org.samparksetu.bridge.web.DepartmentAccess;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Takes a department's action-taken report: checks it, stores it and emits {@code complaint.action-reported}
 * in one transaction. The report ID makes it idempotent: the same report twice is one row and one event.
 */
@ApplicationScoped
public class ActionReportService {
    private static final Logger LOG = Logger.getLogger(ActionReportService.class);
    public static final String SOURCE_REST = "REST";
    static final int REMARKS_MAX = 4000;
    static final int SHORT_MAX = 200;
    private static final String OUTCOMES = Arrays.stream(DisposalOutcome.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    @Inject
    RegistrationRepository registrations;
    @Inject
    ActionReportRepository reports;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    /** A request that passed validation. */
    record Checked(String complaintId, DisposalOutcome outcome, String remarks, String officer, String reportId) {
    }

    /** Checks the request's own fields (400 naming the field); needs no database. */
    static Checked check(ActionReportRequest request) {
        if (request == null) {
            throw ApiException.badRequest("request body is required: {\"complaintId\", \"outcome\", \"remarks\", \"officer\"}");
        }
        String complaintId = required("complaintId", request.complaintId(), SHORT_MAX);
        String outcomeText = required("outcome", request.outcome(), SHORT_MAX);
        DisposalOutcome outcome;
        try {
            outcome = DisposalOutcome.valueOf(outcomeText.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("field 'outcome' must be one of " + OUTCOMES + ", not '" + outcomeText + "'");
        }
        String remarks = required("remarks", request.remarks(), REMARKS_MAX);
        String officer = required("officer", request.officer(), SHORT_MAX);
        String reportId = request.reportId();
        if (reportId != null && (reportId.isBlank() || reportId.length() > SHORT_MAX)) {
            throw ApiException.badRequest("field 'reportId' must be 1 to " + SHORT_MAX + " characters when given");
        }
        return new Checked(complaintId.strip(), outcome, remarks.strip(), officer.strip(),
                reportId == null ? UUID.randomUUID().toString() : reportId.strip());
    }

    @Transactional
    public ActionReportReceipt file(ActionReportRequest request, DepartmentAccess access) {
        Checked c = check(request);
        String caller = access.principal();
        Registration registration = registrations.findById(c.complaintId());
        if (registration == null) {
            throw ApiException.notFound("no complaint " + c.complaintId() + " is known to the Sampark bridge");
        }
        access.require(registration.departmentCode, "complaint " + c.complaintId());
        if (registration.state != Registration.State.REGISTERED) {
            throw ApiException.conflict("complaint " + c.complaintId()
                    + " is not registered on Rajasthan Sampark yet; report again once it has a grievance ID");
        }
        ActionReport report = new ActionReport();
        report.reportId = c.reportId();
        report.complaintId = c.complaintId();
        report.departmentCode = registration.departmentCode;
        report.grievanceId = registration.grievanceId;
        report.outcome = c.outcome().name();
        report.remarks = c.remarks();
        report.officer = c.officer();
        report.submittedBy = caller;
        report.source = SOURCE_REST;
        report.reportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!reports.insertIfAbsent(report)) {
            ActionReport earlier = reports.findById(c.reportId());
            if (!earlier.complaintId.equals(c.complaintId())) {
                throw ApiException.conflict("report ID " + c.reportId() + " was already used for another complaint");
            }
            metrics.counter("sampark.action-reports.duplicates").increment();
            return new ActionReportReceipt(earlier.reportId, earlier.complaintId, earlier.grievanceId, true);
        }
        outbox.emit(EventType.COMPLAINT_ACTION_REPORTED, c.complaintId(), new ComplaintActionReported(
                c.complaintId(), report.reportId, report.departmentCode, report.grievanceId, c.outcome(), report.remarks,
                report.officer, SOURCE_REST, List.of(), report.reportedAt));
        metrics.counter("sampark.action-reports", "source", SOURCE_REST, "outcome", report.outcome).increment();
        LOG.infof("action report %s on complaint %s (grievance %s): %s by %s",
                report.reportId, report.complaintId, report.grievanceId, report.outcome, caller);
        return new ActionReportReceipt(report.reportId, report.complaintId, report.grievanceId, false);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("field '" + field + "' is required");
        }
        if (value.length() > max) {
            throw ApiException.badRequest("field '" + field + "' is longer than " + max + " characters");
        }
        return value;
    }
}
