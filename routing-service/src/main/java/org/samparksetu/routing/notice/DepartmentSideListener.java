package org.samparksetu.routing.notice;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DeadlineApproaching;
import org.samparksetu.messaging.consumer.EventConsumer;

/** Thin adapters from what happens to a complaint on the department's side to the officers' notices. */
@ApplicationScoped
public class DepartmentSideListener {
    @Inject
    EventConsumer consumer;
    @Inject
    OfficerNoticeService notices;

    @Incoming("complaint-registered")
    @Blocking
    public void onRegistered(String payload) {
        consumer.consume(OfficerNoticeService.REGISTERED, payload, ComplaintRegistered.class, notices::registered);
    }

    @Incoming("complaint-deadline-approaching")
    @Blocking
    public void onDeadlineApproaching(String payload) {
        consumer.consume(OfficerNoticeService.DEADLINE, payload, DeadlineApproaching.class, notices::deadlineApproaching);
    }

    @Incoming("complaint-escalated")
    @Blocking
    public void onEscalated(String payload) {
        consumer.consume(OfficerNoticeService.ESCALATED, payload, ComplaintEscalated.class, notices::escalated);
    }

    @Incoming("complaint-reopened")
    @Blocking
    public void onReopened(String payload) {
        consumer.consume(OfficerNoticeService.REOPENED, payload, ComplaintReopened.class, notices::reopened);
    }

    @Incoming("complaint-transferred")
    @Blocking
    public void onTransferred(String payload) {
        consumer.consume(OfficerNoticeService.TRANSFERRED, payload, ComplaintTransferred.class, notices::transferred);
    }
}
