package org.samparksetu.bridge.registration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.GrievanceRequest;
import org.samparksetu.bridge.portal.PortalConfig;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.inbox.Inbox;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The registration's state changes, each one transaction: accepting a routed complaint, claiming due rows
 * for an attempt, and recording the attempt's outcome (with {@code complaint.registered} on success). The
 * portal is called by the {@link Registrar} between these transactions, never inside one.
 */
@ApplicationScoped
public class RegistrationService {
    private static final Logger LOG = Logger.getLogger(RegistrationService.class);
    static final String CONSUMER = "sampark-bridge.complaint-routed";
    static final int SUBJECT_MAX = 100;

    @Inject
    Inbox inbox;
    @Inject
    Outbox outbox;
    @Inject
    RegistrationRepository registrations;
    @Inject
    Event<RegistrationQueued> queued;
    @Inject
    Event<ComplaintRegisteredHere> registeredEvents;
    @Inject
    MeterRegistry metrics;

    @Inject
    PortalConfig portal;
    @Inject
    RegistrarConfig config;
    @Inject
    EntryConfig entry;
    @Inject
    PortalGrievanceRepository grievances;
    @Inject
    org.samparksetu.bridge.registration.WithdrawalRepository withdrawals;

    /** A routed complaint becomes a PENDING registration; the registrar takes it from there. */
    @Transactional
    public void accept(EventEnvelope<ComplaintRouted> event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        ComplaintRouted routed = event.data();
        if (blank(routed.complaintId()) || blank(routed.departmentCode())) {
            throw new MalformedEventException("complaint.routed " + event.id() + " has no complaint ID or department");
        }
        if (withdrawals.isWithdrawn(routed.complaintId())) {
            // the withdrawal overtook complaint.routed (separate topics): never register what the citizen took back
            LOG.infof("complaint %s was withdrawn before it reached the bridge; not registered", routed.complaintId());
            metrics.counter("sampark.withdrawals", "state", "routed-after-withdrawal").increment();
            return;
        }
        if (registrations.findById(routed.complaintId()) != null) {
            // The same complaint routed again under a new event (e.g. re-published): one complaint, one registration.
            LOG.infof("complaint %s already has a registration; routed event %s ignored", routed.complaintId(), event.id());
            metrics.counter("sampark.registrations.duplicate-routed").increment();
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Registration r = new Registration();
        r.complaintId = routed.complaintId();
        r.departmentCode = routed.departmentCode();
        r.description = blank(routed.text())
                ? "Complaint " + routed.complaintId() + " was received on WhatsApp without text (photo or voice note)."
                : routed.text().strip();
        r.subject = subject(r.description);
        r.contactNumber = routed.contactNumber();
        r.district = portal.district();
        r.tehsil = routed.tehsil();
        r.block = routed.block();
        r.village = routed.village();
        r.subjectCode = blank(routed.subject()) ? null : routed.subject().strip();
        r.ward = blank(routed.ward()) ? null : routed.ward().strip();
        r.gramPanchayat = blank(routed.gramPanchayat()) ? null : routed.gramPanchayat().strip();
        r.mediaIds = routed.mediaIds() == null ? "" : String.join(",", routed.mediaIds().stream()
                .filter(m -> !blank(m) && !m.contains(",")).map(String::strip).distinct().toList());
        if (routed.location() != null) {
            r.latitude = routed.location().latitude();
            r.longitude = routed.location().longitude();
        }
        r.state = Registration.State.PENDING;
        r.entryMode = entry.operatorMode(r.district) ? Registration.ENTRY_OPERATOR : Registration.ENTRY_API;
        r.ambiguous = false;
        r.attempts = 0;
        r.nextAttemptAt = now;
        r.routedAt = routed.routedAt();
        r.createdAt = now;
        r.updatedAt = now;
        r.queuedAt = now;
        registrations.persist(r);
        queued.fire(RegistrationQueued.INSTANCE);
        LOG.infof("complaint %s queued for Sampark registration (%s mode) with %s (contact %s)",
                r.complaintId, r.entryMode, r.departmentCode, Mask.phone(r.contactNumber));
    }

    static final String REOPEN_CONSUMER = "sampark-bridge.complaint-reopened";

    /**
     * A reopened complaint goes back to the portal: the row is PENDING again, linked to the grievance it had,
     * and the registrar (API mode) or the operator (operator mode) registers it anew with that link. The
     * portal simulator (like the portal, as far as is known) has no "reopen" for a disposed grievance, so
     * re-registration linked to the earlier one is the only way back.
     */
    @Transactional
    public void reopen(EventEnvelope<ComplaintReopened> event) {
        if (!inbox.firstDelivery(REOPEN_CONSUMER, event.id())) {
            return;
        }
        ComplaintReopened reopened = event.data();
        if (reopened == null || blank(reopened.complaintId())) {
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
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
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
        if (!blank(reopened.reason())) {
            r.description = r.description + "\n\n[Reopened " + r.reopenCount + ": " + reopened.reason().strip() + "]";
        }
        queued.fire(RegistrationQueued.INSTANCE);
        metrics.counter("sampark.registrations.reopened").increment();
        LOG.infof("complaint %s reopened (level %d); to be registered again, linked to grievance %s",
                r.complaintId, reopened.escalationLevel(), r.previousGrievanceId);
    }

    /** What one attempt needs, read while the row was claimed. */
    /** {@code withdrawn}: look up only, never register (the citizen withdrew it while an attempt was out). */
    public record Claim(String complaintId, String departmentCode, boolean lookUpFirst, int attempt, GrievanceRequest request,
                        List<String> earlierGrievanceIds, boolean withdrawn) {
    }

    /**
     * Claims due rows: each is marked AMBIGUOUS before anything is sent (so a crash mid-call leaves a row
     * that is looked up, not re-registered) and leased, so no other sweep takes it meanwhile.
     */
    @Transactional
    public List<Claim> claimDue(int limit) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Claim> claims = new ArrayList<>();
        for (Registration r : registrations.lockDue(now, limit)) {
            claims.add(new Claim(r.complaintId, r.departmentCode, r.ambiguous, r.attempts + 1, new GrievanceRequest(
                    r.complaintId, r.departmentCode, r.portalSubject(), r.description, r.district, r.tehsil, r.block, r.village,
                    r.contactNumber, r.previousGrievanceId),
                    r.reopenCount > 0 ? grievances.grievanceIdsOf(r.complaintId) : List.of(),
                    r.state == Registration.State.WITHDRAWN));
            r.ambiguous = true;
            r.attempts++;
            r.nextAttemptAt = now.plus(config.lease());
            r.updatedAt = now;
        }
        return claims;
    }

    /**
     * Stores the grievance ID and emits {@code complaint.registered} in one transaction. Returns false if the
     * row was no longer PENDING (someone else finished it): then nothing is emitted.
     */
    @Transactional
    public boolean complete(String complaintId, PortalGrievance grievance, String mode) {
        return complete(complaintId, grievance, mode, false);
    }

    /**
     * As {@link #complete(String, PortalGrievance, String)}; {@code reopenedInPlace}: an operator reopened the
     * complaint's earlier grievance on the portal itself (same ID), which then becomes its current grievance again.
     * Only a person who saw it on the portal can say so; a look-up by reference never adopts an earlier grievance.
     */
    @Transactional
    public boolean complete(String complaintId, PortalGrievance grievance, String mode, boolean reopenedInPlace) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        // WITHDRAWN: the citizen withdrew it while this registration was on its way (the registrar's call, or the
        // operator typing it in). The grievance exists on the portal now, so it is recorded all the same; the
        // withdrawal (already stored) then lists it for the operator to close. Never dropped, never forgotten.
        boolean withdrawnMeanwhile = r != null && r.state == Registration.State.WITHDRAWN;
        if (r == null || (r.state != Registration.State.PENDING && !withdrawnMeanwhile)) {
            return false;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
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
            registeredEvents.fire(new ComplaintRegisteredHere(complaintId));
            return true;
        }
        outbox.emit(EventType.COMPLAINT_REGISTERED, complaintId,
                new ComplaintRegistered(complaintId, r.departmentCode, r.grievanceId, mode, now, r.subjectCode));
        // Reports that arrived before the grievance ID are applied in this same transaction (exactly once).
        registeredEvents.fire(new ComplaintRegisteredHere(complaintId));
        return true;
    }

    /**
     * A withdrawn row's look-up found no grievance at the portal: the attempt that was out never registered it.
     * Nothing more will be sent.
     */
    @Transactional
    public void settleWithdrawn(String complaintId) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.state != Registration.State.WITHDRAWN) {
            return;
        }
        r.ambiguous = false;
        r.lastError = null;
        r.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The registration may have happened: look the reference up (after the portal has settled) before anything else. */
    @Transactional
    public void markAmbiguous(String complaintId, String error) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.state == Registration.State.REGISTERED) {
            return; // PENDING, or WITHDRAWN while this attempt was out: what the attempt taught us still counts
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.ambiguous = true;
        r.lastError = "ambiguous: " + error;
        r.nextAttemptAt = now.plus(config.ambiguousSettle());
        r.updatedAt = now;
    }

    /**
     * The attempt failed and the portal certainly holds no grievance from it. {@code stillAmbiguous} keeps
     * the flag when an earlier ambiguity was not resolved (the look-up itself failed).
     */
    @Transactional
    public void markFailed(String complaintId, String error, boolean stillAmbiguous) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.state == Registration.State.REGISTERED) {
            return; // PENDING, or WITHDRAWN while this attempt was out: what the attempt taught us still counts
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.ambiguous = stillAmbiguous;
        r.lastError = error;
        r.nextAttemptAt = now.plus(backoff(r.attempts, config.backoffBase(), config.backoffMax()));
        r.updatedAt = now;
    }

    /**
     * Not attempted after all (the rate limit said "not now"): try again after {@code delay} without counting
     * an attempt, keeping whatever ambiguity the row had.
     */
    @Transactional
    public void defer(String complaintId, Duration delay, boolean stillAmbiguous) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.state == Registration.State.REGISTERED) {
            return; // PENDING, or WITHDRAWN while this attempt was out: what the attempt taught us still counts
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.ambiguous = stillAmbiguous;
        r.attempts = Math.max(0, r.attempts - 1);
        r.nextAttemptAt = now.plus(delay);
        r.updatedAt = now;
    }

    /** base * 2^(attempts-1), capped; exponential so an outage is not hammered, capped so recovery is noticed. */
    static Duration backoff(int attempts, Duration base, Duration max) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration d = base.multipliedBy(1L << exponent);
        return d.compareTo(max) > 0 ? max : d;
    }

    static String subject(String description) {
        String firstLine = description.lines().filter(l -> !l.isBlank()).findFirst().orElse(description).strip();
        if (firstLine.codePointCount(0, firstLine.length()) <= SUBJECT_MAX) {
            return firstLine;
        }
        int end = firstLine.offsetByCodePoints(0, SUBJECT_MAX - 1);
        return firstLine.substring(0, end).strip() + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
