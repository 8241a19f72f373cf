package org.samparksetu.verification.transfer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapter from {@code complaint.transferred}; a transfer naming no complaint or no new department is poison. */
@ApplicationScoped
public class ComplaintTransferredListener {
    @Inject
    EventConsumer consumer;
    @Inject
    TransferService transfers;

    @Incoming("complaint-transferred")
    @Blocking
    public void onTransferred(String payload) {
        consumer.consume(TransferService.CONSUMER, payload, ComplaintTransferred.class,
                event -> transfers.transfer(valid(event)));
    }

    /** Without these the transfer cannot be applied, however often it is retried. */
    private static EventEnvelope<ComplaintTransferred> valid(EventEnvelope<ComplaintTransferred> event) {
        ComplaintTransferred t = event.data();
        if (!ComplaintIds.isValid(t.complaintId()) || t.toDepartmentCode() == null || t.toDepartmentCode().isBlank()
                || t.transfers() < 1) {
            throw new MalformedEventException("complaint.transferred " + event.id()
                    + " lacks a valid complaint id, the new department or a transfer count of at least 1");
        }
        return event;
    }
}
