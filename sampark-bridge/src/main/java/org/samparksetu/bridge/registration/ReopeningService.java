package org.samparksetu.bridge.registration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.messaging.codec.MalformedEventException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A reopened complaint goes back to the portal: the row is PENDING again, linked to the grievance it had, and the
 * registrar (API mode) or the operator (operator mode) registers it anew with that link. The portal simulator (like
 * the portal, as far as is known) has no "reopen" for a disposed grievance, so re-registration linked to the earlier
 * one is the only way back.
 */
@ApplicationScoped
public class ReopeningService {
    private static final Logger LOG = Logger.getLogger(ReopeningService.class);
    static final String CONSUMER = "sampark-bridge.complaint-reopened";

    @Inject
    RegistrationRepository registrations;
    @Inject
    Event<RegistrationQueued> queued;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    /** Joins the consumer's transaction, which has already recorded the event in the inbox. */
    @Transactional
    public void reopen(EventEnvelope<ComplaintReopened> event) {
        ComplaintReopened reopened = event.data();
        if (reopened == null || reopened.complaintId() == null || reopened.complaintId().isBlank()) {
            throw new MalformedEventException("complaint.reopened " + event.id() + " has no complaint ID");
        }
        Registration r = registrations.findById(reopened.complaintId(), LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new MalformedEventException("complaint.reopened " + event.id() + ": complaint " + reopened.complaintId()
                    + " was never routed to the bridge");
        }
        if (r.state != Registration.State.REGISTERED) {
            // Still waiting for its first (or a previous re-) registration: that one will carry the reopened complaint.
            LOG.infof("complaint %s reopened while its registration is pending; nothing more to send", r.complaintId);
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        r.previousGrievanceId = r.grievanceId;
        r.grievanceId = null;
        r.state = Registration.State.PENDING;
        r.mode = null;
        r.portalStatus = null;
        r.portalUpdatedAt = null;
        r.ambiguous = false;
        r.attempts = 0;
        r.lastError = null;
        r.reopenCount++;
        r.nextAttemptAt = now;
        r.queuedAt = now;
        r.updatedAt = now;
        if (reopened.reason() != null && !reopened.reason().isBlank()) {
            r.description = r.description + "\n\n[Reopened " + r.reopenCount + ": " + reopened.reason().strip() + "]";
        }
        queued.fire(RegistrationQueued.INSTANCE);
        metrics.counter("sampark.registrations.reopened").increment();
        LOG.infof("complaint %s reopened (level %d); to be registered again, linked to grievance %s",
                r.complaintId, reopened.escalationLevel(), r.previousGrievanceId);
    }
}
