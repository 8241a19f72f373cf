package org.samparksetu.bridge.transfer;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.registration.ComplaintRegisteredHere;
import org.samparksetu.bridge.registration.ComplaintRerouted;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.registration.RoutedComplaintService;
import org.samparksetu.bridge.registration.WithdrawalRepository;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A complaint re-routed after it reached the bridge follows its new department on the portal ({@link RerouteDecision}
 * says how), and the move, once made, is announced as {@code complaint.transferred} in the transaction that records
 * it. Every change here locks the complaint's registration row first, as the registration and the withdrawal do, so
 * a re-route, a registration answer and an operator's confirmation never interleave.
 */
@ApplicationScoped
public class TransferService {
    private static final Logger LOG = Logger.getLogger(TransferService.class);
    public static final String MODE_API = "API";
    public static final String MODE_OPERATOR = "OPERATOR";

    @Inject
    RegistrationRepository registrations;
    @Inject
    PortalTransferRepository transfers;
    @Inject
    WithdrawalRepository withdrawals;
    @Inject
    Outbox outbox;
    @Inject
    Event<TransferQueued> queued;
    @Inject
    Event<ComplaintTransferredHere> transferredEvents;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    /** A move that is still to be made on the portal: the department the portal still shows, and where it goes. */
    public record Pending(String complaintId, String grievanceId, String fromDepartment, String toDepartment, String mode) {
    }

    /** A move the operator is to make on the portal, laid out as the portal's transfer form needs it. */
    public record ToMove(String complaintId, String grievanceId, String fromDepartment, String fromDepartmentName,
                         String toDepartment, String toDepartmentName, String toDepartmentNameHi, String reason,
                         int transfers, Instant requestedAt, String instruction) {
    }

    /** A move the operator confirmed. */
    public record Moved(String complaintId, String grievanceId, String fromDepartment, String toDepartment,
                        String movedBy, Instant movedAt) {
    }

    static final int DEPARTMENT_MAX = 50;

    /** {@code complaint.routed} for a complaint the bridge has: inside the consumer's transaction (inbox written). */
    @Transactional
    void onRerouted(@Observes ComplaintRerouted event) {
        ComplaintRouted routed = event.routed();
        Registration r = registrations.findById(routed.complaintId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<PortalTransfer> pending = transfers.pendingOf(r.complaintId);
        String to = routed.departmentCode().strip();
        RerouteDecision.Action action = RerouteDecision.decide(new RerouteDecision.Situation(r.state.name(),
                withdrawals.isWithdrawn(r.complaintId), r.entryMode, r.departmentCode, to, r.routedTransfers,
                routed.transfers(), pending.map(t -> t.fromDepartment).orElse(null),
                pending.map(t -> t.attempts > 0).orElse(false)));
        metrics.counter("sampark.reroutes", "action", action.name().toLowerCase().replace('_', '-')).increment();
        if (action == RerouteDecision.Action.IGNORE_WITHDRAWN || action == RerouteDecision.Action.IGNORE_STALE) {
            LOG.infof("complaint %s: routed event %s to %s ignored (%s)", r.complaintId, event.eventId(), to, action);
            return;
        }
        Instant now = now();
        if (routed.transfers() != null && routed.transfers() > r.routedTransfers) {
            r.routedTransfers = routed.transfers();
        }
        if (action == RerouteDecision.Action.SAME_DEPARTMENT) {
            LOG.infof("complaint %s is with %s already; routed event %s changes nothing", r.complaintId, to, event.eventId());
            return;
        }
        String from = r.departmentCode;
        String reason = RerouteDecision.reason(routed.decidedBy(), routed.matchedTerms(), to);
        r.departmentCode = to;
        // The subject is a category within the department: routing looked it up again for the new one.
        r.subjectCode = RoutedComplaintService.stripped(routed.subject());
        r.updatedAt = now;
        switch (action) {
            case RETARGET_REGISTRATION -> LOG.infof("complaint %s re-routed %s -> %s before registration; it is to be "
                    + "registered with %s", r.complaintId, from, to, to);
            case TRANSFER_BY_API, TRANSFER_BY_OPERATOR -> {
                PortalTransfer t = new PortalTransfer();
                t.complaintId = r.complaintId;
                t.grievanceId = r.grievanceId;
                t.fromDepartment = from;
                t.toDepartment = to;
                t.entryMode = action == RerouteDecision.Action.TRANSFER_BY_OPERATOR ? MODE_OPERATOR : MODE_API;
                t.reason = reason;
                t.transfers = transferCount(r, routed.transfers());
                t.state = PortalTransfer.State.PENDING;
                t.nextAttemptAt = now;
                t.requestedAt = now;
                t.updatedAt = now;
                transfers.persist(t);
                wake(t);
                LOG.infof("complaint %s re-routed %s -> %s after registration; grievance %s to move on the portal (%s)",
                        r.complaintId, from, to, r.grievanceId, t.entryMode);
            }
            case RETARGET_TRANSFER -> {
                PortalTransfer t = pending.orElseThrow();
                t.toDepartment = to;
                t.reason = reason;
                t.transfers = Math.max(t.transfers, transferCount(r, routed.transfers()));
                t.nextAttemptAt = now;
                t.lastError = null;
                t.updatedAt = now;
                wake(t);
                LOG.infof("complaint %s re-routed again before its move was made: grievance %s now moves %s -> %s",
                        r.complaintId, t.grievanceId, t.fromDepartment, to);
            }
            case CANCEL_TRANSFER -> {
                PortalTransfer t = pending.orElseThrow();
                t.state = PortalTransfer.State.CANCELLED;
                t.updatedAt = now;
                LOG.infof("complaint %s routed back to %s before its move was made; the move to %s is dropped",
                        r.complaintId, to, from);
            }
            default -> throw new IllegalStateException("unhandled " + action);
        }
    }

    /**
     * The registration was just made. A move queued for an earlier grievance (a reopened complaint registered anew,
     * with its department now) is moot; a grievance registered with the department it had before a re-route that came
     * while the registration was on its way is to move now.
     */
    void onRegistered(@Observes ComplaintRegisteredHere registered) {
        Registration r = registrations.findById(registered.complaintId());
        Instant now = now();
        transfers.pendingOf(r.complaintId).filter(t -> !t.grievanceId.equals(r.grievanceId)).ifPresent(t -> {
            t.state = PortalTransfer.State.CANCELLED;
            t.updatedAt = now;
        });
        String onPortal = registered.portalDepartment();
        if (onPortal == null || onPortal.equals(r.departmentCode) || withdrawals.isWithdrawn(r.complaintId)) {
            return;
        }
        transfers.flush(); // the cancelled row out of the one-pending index before the new one goes in
        PortalTransfer t = new PortalTransfer();
        t.complaintId = r.complaintId;
        t.grievanceId = r.grievanceId;
        t.fromDepartment = onPortal;
        t.toDepartment = r.departmentCode;
        t.entryMode = Registration.ENTRY_OPERATOR.equals(r.entryMode) ? MODE_OPERATOR : MODE_API;
        t.reason = RerouteDecision.reason(null, null, r.departmentCode) + " while it was being registered";
        t.transfers = transferCount(r, r.routedTransfers);
        t.state = PortalTransfer.State.PENDING;
        t.nextAttemptAt = now;
        t.requestedAt = now;
        t.updatedAt = now;
        transfers.persist(t);
        wake(t);
        metrics.counter("sampark.reroutes", "action", "transfer-after-registration").increment();
        LOG.infof("complaint %s was registered with %s while being re-routed to %s; grievance %s to move on the portal",
                r.complaintId, onPortal, r.departmentCode, r.grievanceId);
    }

    /**
     * The move is made on the portal (the portal answered the transfer call, the operator confirmed it, or the poll
     * shows the grievance with its new department): {@code complaint.transferred} in this transaction, and what
     * waited for the move (the new department's held reports) is applied. False if there was nothing (left) to do,
     * or the move was redirected meanwhile ({@code toDepartment} is no longer where it goes: it stays pending).
     */
    @Transactional
    public boolean complete(String complaintId, String toDepartment, String doneBy) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        Optional<PortalTransfer> pending = r == null ? Optional.empty() : transfers.pendingOf(complaintId);
        if (pending.isEmpty()) {
            return false;
        }
        PortalTransfer t = pending.get();
        Instant now = now();
        if (!t.toDepartment.equals(toDepartment)) {
            t.nextAttemptAt = now; // re-routed again while this move was out: make the new one
            t.updatedAt = now;
            queued.fire(TransferQueued.INSTANCE);
            return false;
        }
        t.state = PortalTransfer.State.DONE;
        t.doneAt = now;
        t.doneBy = doneBy;
        t.lastError = null;
        t.updatedAt = now;
        if (t.fromDepartment.equals(t.toDepartment)) {
            // routed back before the move: the portal has it where it was, nobody needs telling
            LOG.infof("complaint %s: grievance %s confirmed with %s on the portal", complaintId, t.grievanceId, t.toDepartment);
            return false;
        }
        outbox.emit(EventType.COMPLAINT_TRANSFERRED, complaintId, new ComplaintTransferred(complaintId, t.fromDepartment,
                t.toDepartment, t.grievanceId, t.entryMode, t.transfers, t.reason, now));
        metrics.counter("sampark.transfers", "mode", t.entryMode).increment();
        LOG.infof("complaint %s: grievance %s moved %s -> %s on the portal (%s, by %s)", complaintId, t.grievanceId,
                t.fromDepartment, t.toDepartment, t.entryMode, doneBy);
        transferredEvents.fire(new ComplaintTransferredHere(complaintId));
        return true;
    }

    /** The move still to make for the complaint, if any. Joins the caller's transaction. */
    @Transactional
    public Optional<Pending> pending(String complaintId) {
        return transfers.pendingOf(complaintId)
                .map(t -> new Pending(t.complaintId, t.grievanceId, t.fromDepartment, t.toDepartment, t.entryMode));
    }

    /**
     * The portal's poll shows the grievance with {@code department}: if that is where a pending move goes, the move
     * was made (the poll saw it before the transfer call's answer, or someone moved it on the portal).
     */
    @Transactional
    public void seenOnPortal(String complaintId, String grievanceId, String department) {
        if (department == null) {
            return;
        }
        transfers.pendingOf(complaintId)
                .filter(t -> t.grievanceId.equals(grievanceId) && t.toDepartment.equals(department.strip()))
                .ifPresent(t -> complete(complaintId, t.toDepartment, "portal-poller"));
    }

    /** Operator mode: the moves to make by hand on the portal, oldest first. */
    @Transactional
    public List<ToMove> toMove() {
        return transfers.pendingForOperator().stream().filter(this::stillTheComplaintsGrievance).map(t -> new ToMove(
                t.complaintId, t.grievanceId, t.fromDepartment, name(t.fromDepartment), t.toDepartment, name(t.toDepartment),
                Departments.byCode(t.toDepartment).map(Departments.Department::nameHi).orElse(null), t.reason, t.transfers,
                t.requestedAt, "move grievance " + t.grievanceId + " from " + t.fromDepartment + " to " + t.toDepartment
                        + " on the portal, then confirm it here")).toList();
    }

    /**
     * The operator moved the grievance on the portal to {@code department} (which they name, so a confirmation made
     * from a page shown before a second re-route is refused instead of recorded). The same confirmation again answers
     * as the first did.
     */
    @Transactional
    public Moved movedOnPortal(String complaintId, String department, String operator) {
        if (department == null || department.isBlank()) {
            throw ApiException.badRequest("field 'department' is required: the department you moved the grievance to, e.g. LSG");
        }
        if (department.length() > DEPARTMENT_MAX) {
            throw ApiException.badRequest("field 'department' is longer than " + DEPARTMENT_MAX + " characters");
        }
        String to = department.strip().toUpperCase(Locale.ROOT);
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        Optional<PortalTransfer> pending = r == null ? Optional.empty() : transfers.pendingOf(complaintId)
                .filter(t -> MODE_OPERATOR.equals(t.entryMode));
        if (pending.isEmpty()) {
            Optional<PortalTransfer> done = r == null ? Optional.empty() : transfers.lastDoneOf(complaintId)
                    .filter(t -> MODE_OPERATOR.equals(t.entryMode) && t.toDepartment.equals(to));
            if (done.isPresent()) {
                return moved(done.get()); // a double click
            }
            throw ApiException.notFound("complaint " + complaintId + " has no move to another department waiting");
        }
        PortalTransfer t = pending.get();
        if (!t.toDepartment.equals(to)) {
            throw ApiException.conflict("complaint " + complaintId + " is to move to " + t.toDepartment + ", not " + to
                    + " (it was re-routed again): move grievance " + t.grievanceId + " to " + t.toDepartment
                    + " on the portal and confirm that");
        }
        complete(complaintId, to, operator);
        return moved(t);
    }

    /** A reopened complaint waiting to be registered anew (with its department now) has no grievance to move. */
    private boolean stillTheComplaintsGrievance(PortalTransfer t) {
        Registration r = registrations.findById(t.complaintId);
        return r != null && r.state == Registration.State.REGISTERED && t.grievanceId.equals(r.grievanceId);
    }

    private static Moved moved(PortalTransfer t) {
        return new Moved(t.complaintId, t.grievanceId, t.fromDepartment, t.toDepartment, t.doneBy, t.doneAt);
    }

    private static String name(String code) {
        return Departments.byCode(code).map(Departments.Department::nameEn).orElse(code);
    }

    /** This move's number: as routing counted re-routes when it said, else one more than the moves made here. */
    private int transferCount(Registration r, Integer routedTransfers) {
        if (routedTransfers != null && routedTransfers > 0) {
            return routedTransfers;
        }
        return (int) transfers.countDone(r.complaintId) + 1;
    }

    private void wake(PortalTransfer t) {
        if (MODE_API.equals(t.entryMode)) {
            queued.fire(TransferQueued.INSTANCE);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
