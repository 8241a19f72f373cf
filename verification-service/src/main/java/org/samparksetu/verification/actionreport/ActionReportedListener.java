package org.samparksetu.verification.actionreport;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code complaint.action-reported}; a report that can never be verified is poison. */
@ApplicationScoped
public class ActionReportedListener {
    @Inject
    EventConsumer consumer;
    @Inject
    VerificationRequestService requests;

    @Incoming("complaint-action-reported")
    @Blocking
    public void onActionReported(String payload) {
        consumer.consume(VerificationRequestService.CONSUMER, payload, ComplaintActionReported.class,
                event -> requests.requestVerification(valid(event)));
    }

    /** Without these the report cannot be verified or de-duplicated, however often it is retried. */
    private static EventEnvelope<ComplaintActionReported> valid(EventEnvelope<ComplaintActionReported> event) {
        ComplaintActionReported report = event.data();
        if (!ComplaintIds.isValid(report.complaintId()) || report.reportId() == null || report.reportId().isBlank()
                || report.outcome() == null) {
            throw new MalformedEventException("complaint.action-reported " + event.id()
                    + " lacks a valid complaint id, report id or outcome");
        }
        return event;
    }
}
