package org.samparksetu.verification.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintRegistered;

/** Starts tracking a complaint once it has a Sampark grievance ID. Emits nothing: registration is the bridge's news. */
@ApplicationScoped
public class ComplaintRegistrationService {
    private static final Logger LOG = Logger.getLogger(ComplaintRegistrationService.class);
    static final String CONSUMER = "verification-service.complaint-registered";

    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    java.time.Clock clock;
    @Inject
    org.samparksetu.verification.VerificationConfig config;

    @Transactional
    public void register(EventEnvelope<ComplaintRegistered> event) {
        ComplaintRegistered registered = event.data();
        // The department's clock starts when verification learns of the complaint, on the service's clock.
        java.time.Instant now = clock.instant();
        // The limit is the department's for this subject when one is configured (e.g. PHED.drinking-water).
        TrackedComplaint complaint = complaints.trackAndLock(registered.complaintId(), registered.departmentCode(),
                registered.grievanceId(), now,
                now.plus(config.deadline().limitFor(registered.departmentCode(), registered.subject())));
        complaint.recordRegistration(registered.departmentCode(), registered.grievanceId(), registered.registeredAt(),
                registered.subject());
        if (registered.linkedTo() != null && !registered.linkedTo().isBlank()) {
            complaint.followLeader(registered.linkedTo().strip());
        } else if (complaint.clusterLeaderId != null && complaint.awaitsDepartment()) {
            complaint.standAlone(now.plus(config.deadline().limitFor(registered.departmentCode(), registered.subject())));
        }
        LOG.infof("tracking complaint %s (%s/%s, grievance %s), now %s, due %s", registered.complaintId(),
                registered.departmentCode(), registered.subject(), registered.grievanceId(), complaint.state, complaint.dueAt);
    }
}
