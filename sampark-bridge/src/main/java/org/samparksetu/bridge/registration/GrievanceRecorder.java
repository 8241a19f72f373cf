package org.samparksetu.bridge.registration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Gives a complaint its grievance ID, whoever found it (the registrar's answer or look-up, or the operator typing it
 * in), and announces {@code complaint.registered} in the same transaction. One grievance ID belongs to one complaint.
 */
@ApplicationScoped
public class GrievanceRecorder {
    private static final Logger LOG = Logger.getLogger(GrievanceRecorder.class);

    @Inject
    RegistrationRepository registrations;
    @Inject
    PortalGrievanceRepository grievances;
    @Inject
    Outbox outbox;
    @Inject
    Event<ComplaintRegisteredHere> registeredEvents;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;
    @Inject
    ClusterLinks clusters;

    /**
     * Stores the grievance ID and emits {@code complaint.registered} in one transaction. Returns false if the
     * row was no longer PENDING (someone else finished it): then nothing is emitted.
     */
    @Transactional
    public boolean record(String complaintId, PortalGrievance grievance, String mode) {
        return record(complaintId, grievance, mode, false);
    }

    /**
     * As {@link #record(String, PortalGrievance, String)}; {@code reopenedInPlace}: an operator reopened the
     * complaint's earlier grievance on the portal itself (same ID), which then becomes its current grievance again.
     * Only a person who saw it on the portal can say so; a look-up by reference never adopts an earlier grievance.
     */
    @Transactional
    public boolean record(String complaintId, PortalGrievance grievance, String mode, boolean reopenedInPlace) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        // WITHDRAWN: the citizen withdrew it while this registration was on its way (the registrar's call, or the
        // operator typing it in). The grievance exists on the portal now, so it is recorded all the same; the
        // withdrawal (already stored) then lists it for the operator to close. Never dropped, never forgotten.
        boolean withdrawnMeanwhile = r != null && r.state == Registration.State.WITHDRAWN;
        if (r == null || (r.state != Registration.State.PENDING && !withdrawnMeanwhile)) {
            return false;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        PortalGrievanceRecord known = grievances.findById(grievance.grievanceId());
        boolean sameAsBefore = reopenedInPlace && known != null && known.complaintId.equals(complaintId)
                && grievance.grievanceId().equals(r.previousGrievanceId);
        if (known != null && !sameAsBefore) {
            // Never give one grievance ID to two complaints, nor adopt an earlier grievance as a reopened one's new one.
            throw new GrievanceIdTakenException(grievance.grievanceId(), known.complaintId);
        }
        if (!sameAsBefore) {
            PortalGrievanceRecord record = new PortalGrievanceRecord();
            record.grievanceId = grievance.grievanceId();
            record.complaintId = complaintId;
            record.previousGrievanceId = r.previousGrievanceId;
            record.mode = mode;
            record.registeredAt = now;
            grievances.persist(record);
        }
        // Re-routed while this registration was on its way: the portal has it with the department it was sent with.
        // That is what is announced; the move to the department it has now follows (the transfer feature queues it).
        String portalDepartment = grievance.department() == null || grievance.department().isBlank()
                ? r.departmentCode : grievance.department().strip();
        r.state = Registration.State.REGISTERED;
        r.grievanceId = grievance.grievanceId();
        r.portalStatus = grievance.status();
        r.portalUpdatedAt = grievance.updatedAt();
        r.mode = mode;
        r.ambiguous = false;
        r.lastError = null;
        r.registeredAt = now;
        r.updatedAt = now;
        if (withdrawnMeanwhile) {
            // Nobody downstream is told "registered" about a complaint its citizen withdrew: it is to be closed.
            metrics.counter("sampark.withdrawals", "state", "registered-while-withdrawing").increment();
            LOG.warnf("complaint %s was withdrawn while being registered; grievance %s is listed to close on the portal",
                    complaintId, r.grievanceId);
        } else {
            outbox.emit(EventType.COMPLAINT_REGISTERED, complaintId,
                    new ComplaintRegistered(complaintId, portalDepartment, r.grievanceId, mode, now, r.subjectCode));
            clusters.leaderRegistered(r, now);
        }
        // Reports that arrived before the grievance ID are applied in this same transaction (exactly once).
        registeredEvents.fire(new ComplaintRegisteredHere(complaintId, portalDepartment));
        return true;
    }
}
