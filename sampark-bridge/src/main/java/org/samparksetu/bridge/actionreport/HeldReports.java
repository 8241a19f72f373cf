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
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.web.ApiException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reports on complaints routed but not registered yet: held as they came, then applied in the transaction that gives
 * the complaint its grievance ID, where each becomes one {@code complaint.action-reported} and its held row goes, so
 * it is applied exactly once.
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

    /** Fired synchronously inside the transaction that registered the complaint. */
    void onRegistered(@Observes ComplaintRegisteredHere registered) {
        List<HeldActionReport> waiting = held.of(registered.complaintId());
        if (waiting.isEmpty()) {
            return;
        }
        Registration registration = registrations.findById(registered.complaintId());
        for (HeldActionReport h : waiting) {
            ActionReportRequest request;
            try {
                request = EventCodec.mapper().readValue(h.request, ActionReportRequest.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("held report " + h.reportId + " is unreadable", e);
            }
            held.delete(h);
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
