package org.samparksetu.bridge.actionreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.web.ApiException;
import org.samparksetu.contract.events.ActionPhoto;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

import java.util.List;

/**
 * Action-taken reports from departments' own systems on {@code department.action-reports} (plain JSON, keyed
 * by complaint ID): {@code {"reportId","complaintId","departmentCode","outcome","remarks","officer","photos"?}}.
 * A report that cannot be taken (bad field, another department's complaint, unknown or not yet registered
 * complaint) is parked on the dead-letter topic with the reason, where it can be replayed.
 */
@ApplicationScoped
public class DepartmentActionReportListener {
    private static final Logger LOG = Logger.getLogger(DepartmentActionReportListener.class);

    /** The wire format on the topic. */
    public record DepartmentActionReport(String reportId, String complaintId, String departmentCode, String outcome,
                                         String remarks, String officer, List<ActionPhoto> photos) {
    }

    @Inject
    ActionReportService service;

    @Incoming("department-action-reports")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onReport(String payload) {
        DepartmentActionReport r;
        try {
            r = EventCodec.mapper().readValue(payload, DepartmentActionReport.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("department action report is not the expected JSON: " + e.getOriginalMessage(), e);
        }
        if (r == null) {
            throw new MalformedEventException("department action report is empty");
        }
        try {
            ActionReportReceipt receipt = service.fileFromDepartmentSystem(
                    new ActionReportRequest(r.complaintId(), r.outcome(), r.remarks(), r.officer(), r.reportId(), r.photos()),
                    r.departmentCode());
            if (receipt.replay()) {
                LOG.debugf("department report %s seen before; no second event", receipt.reportId());
            }
        } catch (ApiException e) {
            throw new MalformedEventException("department action report " + r.reportId() + " refused (" + e.status() + "): "
                    + e.getMessage(), e);
        }
    }
}
