package org.samparksetu.verification.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.messaging.inbox.Inbox;

/** Starts tracking a complaint once it has a Sampark grievance ID. Emits nothing: registration is the bridge's news. */
@ApplicationScoped
public class ComplaintRegistrationService {
    private static final Logger LOG = Logger.getLogger(ComplaintRegistrationService.class);
    static final String CONSUMER = "verification-service.complaint-registered";

    @Inject
    Inbox inbox;
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    java.time.Clock clock;
    @Inject
    org.samparksetu.verification.VerificationConfig config;

    @Transactional
    public void register(EventEnvelope<ComplaintRegistered> event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        ComplaintRegistered registered = event.data();
        // The department's clock starts when verification learns of the complaint, on the service's clock.
        java.time.Instant now = clock.instant();
        TrackedComplaint complaint = complaints.trackAndLock(registered.complaintId(), registered.departmentCode(),
                registered.grievanceId(), now, now.plus(config.deadline().limitFor(registered.departmentCode(), null)));
        complaint.recordRegistration(registered.departmentCode(), registered.grievanceId(), registered.registeredAt());
        LOG.infof("tracking complaint %s (%s, grievance %s), now %s", registered.complaintId(),
                registered.departmentCode(), registered.grievanceId(), complaint.state);
    }
}
