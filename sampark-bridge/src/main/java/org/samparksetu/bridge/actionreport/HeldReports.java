package org.samparksetu.bridge.actionreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.registration.ComplaintRegisteredHere;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.transfer.ComplaintTransferredHere;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.web.ApiException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reports on complaints routed but not registered yet, or re-routed to the reporting department and not yet moved
 * there on the portal: held as they came, then applied in the transaction that gives the complaint its grievance ID
 * (or records its move), where each becomes one {@code complaint.action-reported} and its held row goes, so it is
 * applied exactly once. A report held for a department the complaint has since left is dropped, counted as refused.
 */
@ApplicationScoped
public class HeldReports {
    private static final Logger LOG = Logger.getLogger(HeldReports.class);

    @Inject
    HeldActionReportRepository held;
    @Inject
    RegistrationRepository registrations;
    @Inject
    ActionReportRecorder recorder;
    @Inject
    MeterRegistry metrics;

    /** Holds the report (inside the caller's transaction) until its complaint is registered. */
    ActionReportReceipt hold(CheckedReport c, ActionReportRequest request, Registration registration, String submittedBy,
                             String source, Instant now) {
        var before = recorder.filedBefore(c.reportId(), source);
        if (before.isPresent()) {
            return before.get(); // applied before (e.g. ahead of a reopen): the same report again is still one report
        }
        HeldActionReport h = new HeldActionReport();
        h.reportId = c.reportId();
        h.complaintId = c.complaintId();
        h.departmentCode = registration.departmentCode;
        h.source = source;
        h.submittedBy = submittedBy;
        h.request = ActionReportRecorder.json(request);
        h.heldAt = now.truncatedTo(ChronoUnit.MICROS);
        boolean first = held.insertIfAbsent(h);
        if (first) {
            metrics.counter("sampark.action-reports.held", "source", source).increment();
            LOG.infof("action report %s on complaint %s held until it is registered on Sampark", h.reportId, h.complaintId);
        }
        return new ActionReportReceipt(c.reportId(), c.complaintId(), null, !first);
    }

    /**
     * Fired synchronously inside the transaction that registered the complaint. Registered with a department it has
     * since been re-routed away from: its reports wait for the move ({@link #onTransferred}).
     */
    void onRegistered(@Observes ComplaintRegisteredHere registered) {
        Registration registration = registrations.findById(registered.complaintId());
        if (registered.portalDepartment() != null && !registered.portalDepartment().equals(registration.departmentCode)) {
            return;
        }
        apply(registration);
    }

    /** Fired synchronously inside the transaction that recorded the complaint's move to its new department. */
    void onTransferred(@Observes ComplaintTransferredHere transferred) {
        apply(registrations.findById(transferred.complaintId()));
    }

    private void apply(Registration registration) {
        List<HeldActionReport> waiting = held.of(registration.complaintId);
        for (HeldActionReport h : waiting) {
            held.delete(h);
            if (!h.departmentCode.equals(registration.departmentCode)) {
                // held for a department the complaint was re-routed away from before it could be applied: refused
                metrics.counter("sampark.action-reports.held.refused", "source", h.source).increment();
                metrics.counter("sampark.action-reports.refused", "source", h.source, "reason", "other-department").increment();
                LOG.warnf("held action report %s on complaint %s dropped: it came from %s, and the complaint is with %s now",
                        h.reportId, h.complaintId, h.departmentCode, registration.departmentCode);
                continue;
            }
            ActionReportRequest request;
            try {
                request = EventCodec.mapper().readValue(h.request, ActionReportRequest.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("held report " + h.reportId + " is unreadable", e);
            }
            try {
                recorder.record(CheckedReport.of(request), registration, h.submittedBy, h.source, h.heldAt);
                metrics.counter("sampark.action-reports.held.applied", "source", h.source).increment();
            } catch (ApiException e) {
                // Refused only now (its report ID was meanwhile used for another complaint): the registration
                // must not fail for it. Nothing is emitted; the reason is logged and counted.
                metrics.counter("sampark.action-reports.held.refused", "source", h.source).increment();
                LOG.warnf("held action report %s on complaint %s dropped: %s", h.reportId, h.complaintId, e.getMessage());
            }
        }
    }
}
