package org.samparksetu.bridge.actionreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.web.ApiException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Files one checked report on a registered complaint: the {@code action_report} row and its
 * {@code complaint.action-reported}, inside the caller's transaction. The report ID is the key: the same report
 * again is answered with the first one's receipt and emits nothing.
 */
@ApplicationScoped
public class ActionReportRecorder {
    private static final Logger LOG = Logger.getLogger(ActionReportRecorder.class);

    @Inject
    ActionReportRepository reports;
    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    ActionReportReceipt record(CheckedReport c, Registration registration, String submittedBy, String source, Instant at) {
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
            return replay(earlier, source);
        }
        outbox.emit(EventType.COMPLAINT_ACTION_REPORTED, c.complaintId(), new ComplaintActionReported(
                c.complaintId(), report.reportId, report.departmentCode, report.grievanceId, c.outcome(), report.remarks,
                report.officer, source, c.photos(), report.reportedAt, c.expectedBy()));
        metrics.counter("sampark.action-reports", "source", source, "outcome", report.outcome).increment();
        LOG.infof("action report %s on complaint %s (grievance %s): %s from %s by %s",
                report.reportId, report.complaintId, report.grievanceId, report.outcome, source, submittedBy);
        return new ActionReportReceipt(report.reportId, report.complaintId, report.grievanceId, false);
    }

    /** The receipt of a report filed before under this ID, counted as a duplicate; empty when there is none. */
    Optional<ActionReportReceipt> filedBefore(String reportId, String source) {
        return Optional.ofNullable(reports.findById(reportId)).map(earlier -> replay(earlier, source));
    }

    private ActionReportReceipt replay(ActionReport earlier, String source) {
        metrics.counter("sampark.action-reports.duplicates", "source", source).increment();
        return new ActionReportReceipt(earlier.reportId, earlier.complaintId, earlier.grievanceId, true);
    }

    static String json(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
