package org.samparksetu.bridge.actionreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.web.DepartmentAccess;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ActionPhoto;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.web.ApiException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Takes an action-taken report, whatever its source (REST, KAFKA, PORTAL disposal, OPERATOR): checks it,
 * stores it and emits {@code complaint.action-reported} in one transaction. The report ID is the key: the
 * same report twice is one row and one event. Portal disposals are keyed by grievance and disposal time.
 */
@ApplicationScoped
public class ActionReportService {
    private static final Logger LOG = Logger.getLogger(ActionReportService.class);
    public static final String SOURCE_REST = "REST";
    public static final String SOURCE_KAFKA = "KAFKA";
    public static final String SOURCE_PORTAL = "PORTAL";
    public static final String SOURCE_OPERATOR = "OPERATOR";
    static final int REMARKS_MAX = 4000;
    static final int SHORT_MAX = 200;
    static final int PHOTOS_MAX = 10;
    private static final String OUTCOMES = Arrays.stream(DisposalOutcome.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    @Inject
    RegistrationRepository registrations;
    @Inject
    ActionReportRepository reports;
    @Inject
    HeldActionReportRepository held;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    /** A request that passed validation. */
    record Checked(String complaintId, DisposalOutcome outcome, String remarks, String officer, String reportId,
                   List<ActionPhoto> photos) {
    }

    /** Checks the request's own fields (400 naming the field); needs no database. */
    static Checked check(ActionReportRequest request) {
        if (request == null) {
            throw ApiException.badRequest("request body is required: {\"complaintId\", \"outcome\", \"remarks\", \"officer\"}");
        }
        String complaintId = required("complaintId", request.complaintId(), SHORT_MAX);
        DisposalOutcome outcome = outcome(required("outcome", request.outcome(), SHORT_MAX));
        String remarks = required("remarks", request.remarks(), REMARKS_MAX);
        String officer = required("officer", request.officer(), SHORT_MAX);
        String reportId = request.reportId();
        if (reportId != null && (reportId.isBlank() || reportId.length() > SHORT_MAX)) {
            throw ApiException.badRequest("field 'reportId' must be 1 to " + SHORT_MAX + " characters when given");
        }
        return new Checked(complaintId.strip(), outcome, remarks.strip(), officer.strip(),
                reportId == null ? UUID.randomUUID().toString() : reportId.strip(), photos(request.photos()));
    }

    static DisposalOutcome outcome(String text) {
        try {
            return DisposalOutcome.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("field 'outcome' must be one of " + OUTCOMES + ", not '" + text + "'");
        }
    }

    static List<ActionPhoto> photos(List<ActionPhoto> photos) {
        if (photos == null || photos.isEmpty()) {
            return List.of();
        }
        if (photos.size() > PHOTOS_MAX) {
            throw ApiException.badRequest("at most " + PHOTOS_MAX + " photos per report");
        }
        for (int i = 0; i < photos.size(); i++) {
            ActionPhoto p = photos.get(i);
            String field = "photos[" + i + "]";
            if (p == null || p.url() == null || !(p.url().startsWith("https://") || p.url().startsWith("http://"))
                    || p.url().length() > 2000) {
                throw ApiException.badRequest("field '" + field + ".url' must be an http(s) link to the photo");
            }
            if (p.sha256() != null && !p.sha256().matches("[0-9a-fA-F]{64}")) {
                throw ApiException.badRequest("field '" + field + ".sha256' must be 64 hex digits when given");
            }
            if (p.location() != null && (Math.abs(p.location().latitude()) > 90 || Math.abs(p.location().longitude()) > 180
                    || (p.location().latitude() == 0 && p.location().longitude() == 0))) {
                throw ApiException.badRequest("field '" + field + ".location' must be the photo's GPS latitude (-90..90) and longitude (-180..180)");
            }
        }
        return List.copyOf(photos);
    }

    /** REST: the caller's account decides which departments it may report for. */
    @Transactional
    public ActionReportReceipt file(ActionReportRequest request, DepartmentAccess access) {
        Checked c = check(request);
        String caller = access.principal();
        Registration registration = registered(c.complaintId());
        access.require(registration.departmentCode, "complaint " + c.complaintId());
        return store(c, registration, caller, SOURCE_REST, Instant.now());
    }

    /**
     * A department's own system on Kafka: its own topic {@code department.<code>.action-reports} (whose write ACL
     * is that department's principal in production), or the older shared topic naming the department in the
     * report. Either way the complaint must be routed to that department. A complaint routed but not registered
     * yet has its report held and applied when the grievance ID comes ({@link #applyHeld}).
     */
    @Transactional
    public ActionReportReceipt fileFromDepartmentSystem(ActionReportRequest request, String departmentCode) {
        if (request == null || request.reportId() == null || request.reportId().isBlank()) {
            throw ApiException.badRequest("a report on Kafka needs its own 'reportId' (the idempotency key)");
        }
        Checked c = check(request);
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
        if (registration.state != Registration.State.REGISTERED) {
            return hold(c, request, registration, submittedBy, SOURCE_KAFKA);
        }
        return store(c, registration, submittedBy, SOURCE_KAFKA, Instant.now());
    }

    private ActionReportReceipt hold(Checked c, ActionReportRequest request, Registration registration,
                                     String submittedBy, String source) {
        if (reports.findById(c.reportId()) != null) {
            // Applied before (e.g. ahead of a reopen): the same report again is still one report.
            ActionReport earlier = reports.findById(c.reportId());
            metrics.counter("sampark.action-reports.duplicates", "source", source).increment();
            return new ActionReportReceipt(earlier.reportId, earlier.complaintId, earlier.grievanceId, true);
        }
        HeldActionReport h = new HeldActionReport();
        h.reportId = c.reportId();
        h.complaintId = c.complaintId();
        h.departmentCode = registration.departmentCode;
        h.source = source;
        h.submittedBy = submittedBy;
        h.request = json(request);
        h.heldAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean first = held.insertIfAbsent(h);
        if (first) {
            metrics.counter("sampark.action-reports.held", "source", source).increment();
            LOG.infof("action report %s on complaint %s held until it is registered on Sampark", h.reportId, h.complaintId);
        }
        return new ActionReportReceipt(c.reportId(), c.complaintId(), null, !first);
    }

    /**
     * Applies the reports held for a complaint that has just been registered: call inside the transaction that
     * registered it. Each becomes one report (its ID still the key) and its held row is deleted.
     */
    public void applyHeld(String complaintId) {
        List<HeldActionReport> waiting = held.of(complaintId);
        if (waiting.isEmpty()) {
            return;
        }
        Registration registration = registrations.findById(complaintId);
        for (HeldActionReport h : waiting) {
            ActionReportRequest request;
            try {
                request = EventCodec.mapper().readValue(h.request, ActionReportRequest.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("held report " + h.reportId + " is unreadable", e);
            }
            held.delete(h);
            try {
                store(check(request), registration, h.submittedBy, h.source, h.heldAt);
                metrics.counter("sampark.action-reports.held.applied", "source", h.source).increment();
            } catch (ApiException e) {
                // Refused only now (its report ID was meanwhile used for another complaint): the registration
                // must not fail for it. Nothing is emitted; the reason is logged and counted.
                metrics.counter("sampark.action-reports.held.refused", "source", h.source).increment();
                LOG.warnf("held action report %s on complaint %s dropped: %s", h.reportId, complaintId, e.getMessage());
            }
        }
    }

    /** A Sampark Kendra operator recorded a disposal or ATR they saw on the portal. */
    @Transactional
    public ActionReportReceipt fileFromOperator(ActionReportRequest request, String operator) {
        Checked c = check(request);
        Registration registration = registered(c.complaintId());
        return store(c, registration, operator, SOURCE_OPERATOR, Instant.now());
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
        Instant disposedAt = g.updatedAt() == null ? Instant.now() : g.updatedAt();
        String reportId = "portal:" + g.grievanceId() + ":" + disposedAt.truncatedTo(ChronoUnit.MILLIS);
        Checked c = new Checked(registration.complaintId, outcome,
                g.remarks() == null || g.remarks().isBlank() ? "(no remarks on the portal)" : g.remarks().strip(),
                g.officer() == null || g.officer().isBlank() ? "(officer not named on the portal)" : g.officer().strip(),
                reportId, List.of());
        return !store(c, registration, "portal-poller", SOURCE_PORTAL, disposedAt).replay();
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

    private ActionReportReceipt store(Checked c, Registration registration, String submittedBy, String source, Instant at) {
        ActionReport report = new ActionReport();
        report.reportId = c.reportId();
        report.complaintId = c.complaintId();
        report.departmentCode = registration.departmentCode;
        report.grievanceId = registration.grievanceId;
        report.outcome = c.outcome().name();
        report.remarks = c.remarks();
        report.officer = c.officer();
        report.submittedBy = submittedBy;
        report.source = source;
        report.reportedAt = at.truncatedTo(ChronoUnit.MICROS);
        report.photos = c.photos().isEmpty() ? null : json(c.photos());
        if (!reports.insertIfAbsent(report)) {
            ActionReport earlier = reports.findById(c.reportId());
            if (!earlier.complaintId.equals(c.complaintId())) {
                throw ApiException.conflict("report ID " + c.reportId() + " was already used for another complaint");
            }
            metrics.counter("sampark.action-reports.duplicates", "source", source).increment();
            return new ActionReportReceipt(earlier.reportId, earlier.complaintId, earlier.grievanceId, true);
        }
        outbox.emit(EventType.COMPLAINT_ACTION_REPORTED, c.complaintId(), new ComplaintActionReported(
                c.complaintId(), report.reportId, report.departmentCode, report.grievanceId, c.outcome(), report.remarks,
                report.officer, source, c.photos(), report.reportedAt));
        metrics.counter("sampark.action-reports", "source", source, "outcome", report.outcome).increment();
        LOG.infof("action report %s on complaint %s (grievance %s): %s from %s by %s",
                report.reportId, report.complaintId, report.grievanceId, report.outcome, source, submittedBy);
        return new ActionReportReceipt(report.reportId, report.complaintId, report.grievanceId, false);
    }

    private static String json(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
