package org.samparksetu.verification.actionreport;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/**
 * Thin adapter from {@code complaint.action-reported}. Transient failures are retried here, outside the
 * transaction; a record that can never be handled goes to the dead-letter topic at once.
 */
@ApplicationScoped
public class ActionReportedListener {
    @Inject
    VerificationRequestService requests;

    @Incoming("complaint-action-reported")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onActionReported(String payload) {
        EventEnvelope<ComplaintActionReported> event = EventCodec.decode(payload, ComplaintActionReported.class);
        ComplaintActionReported report = event.data();
        // Without these the report cannot be verified or de-duplicated, however often it is retried.
        if (!ComplaintIds.isValid(report.complaintId()) || report.reportId() == null || report.reportId().isBlank()
                || report.outcome() == null) {
            throw new MalformedEventException("complaint.action-reported " + event.id()
                    + " lacks a valid complaint id, report id or outcome");
        }
        requests.requestVerification(event);
    }
}
