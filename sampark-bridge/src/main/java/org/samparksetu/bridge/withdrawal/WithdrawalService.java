package org.samparksetu.bridge.withdrawal;

import org.samparksetu.bridge.registration.WithdrawalRepository;
import org.samparksetu.bridge.registration.Withdrawal;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The citizen withdrew a complaint. Not registered yet: it is never registered (out of the registrar's queue and
 * the operator's). Registered already: the portal adapter has no close call, so in both entry modes it becomes an
 * item for the operator: "close it on the portal as Filed", until the operator records that.
 *
 * <p>The race with a registration is settled by the row lock: this transaction and the one that stores a grievance
 * ID ({@code GrievanceRecorder.record}) both lock the registration row. If the grievance is stored first, this
 * sees REGISTERED and lists it; if this commits first, the row is WITHDRAWN and {@code complete} still stores the
 * grievance the portal made (then listed here too). A withdrawn row whose attempt had no answer stays ambiguous and
 * is looked up once more by the registrar, never registered.
 */
@ApplicationScoped
public class WithdrawalService {
    private static final Logger LOG = Logger.getLogger(WithdrawalService.class);
    static final String CONSUMER = "sampark-bridge.complaint-withdrawn";
    public static final String INSTRUCTION = "withdrawn by the citizen — close it on the portal as Filed";

    @Inject
    WithdrawalRepository withdrawals;
    @Inject
    RegistrationRepository registrations;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    /** One grievance the operator must close on the portal. */
    public record ToClose(String complaintId, String grievanceId, String department, String mode, String withdrawnBy,
                          String reason, Instant withdrawnAt, String instruction) {
    }

    public record Closed(String complaintId, String grievanceId, String closedBy, Instant closedOnPortalAt) {
    }

    /** Joins the consumer's transaction, which has already recorded the event in the inbox. */
    @Transactional
    public void withdraw(EventEnvelope<ComplaintWithdrawn> event) {
        ComplaintWithdrawn w = event.data();
        if (w == null || w.complaintId() == null || w.complaintId().isBlank()) {
            throw new MalformedEventException("complaint.withdrawn " + event.id() + " has no complaint ID");
        }
        // Lock the registration first (the registrar's complete() does too): withdrawal and registration serialise.
        Registration r = registrations.findById(w.complaintId(), LockModeType.PESSIMISTIC_WRITE);
        if (withdrawals.isWithdrawn(w.complaintId())) {
            return; // the same withdrawal re-published under a new event id
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Withdrawal row = new Withdrawal();
        row.complaintId = w.complaintId();
        row.withdrawnBy = w.withdrawnBy() != null ? w.withdrawnBy() : ComplaintWithdrawn.BY_CITIZEN;
        row.reason = w.reason();
        row.withdrawnAt = w.withdrawnAt() != null ? w.withdrawnAt() : event.time();
        row.recordedAt = now;
        withdrawals.persist(row);

        String state;
        if (r == null) {
            state = "before-routed"; // remembered: complaint.routed, when it comes, registers nothing
        } else if (r.state == Registration.State.LINKED) {
            // its grievance is the cluster leader's, which stays open for the others: nothing to close on the portal
            r.state = Registration.State.WITHDRAWN;
            r.updatedAt = now;
            state = "linked";
        } else if (r.state == Registration.State.PENDING) {
            r.state = Registration.State.WITHDRAWN;
            r.updatedAt = now;
            // r.ambiguous is kept: an attempt that may have reached the portal is looked up, never repeated
            state = "before-registration";
        } else {
            state = "registered"; // listed for the operator to close on the portal
        }
        metrics.counter("sampark.withdrawals", "state", state).increment();
        LOG.infof("complaint %s withdrawn by %s (%s)", row.complaintId, row.withdrawnBy, state);
    }

    @Transactional
    public List<ToClose> toClose() {
        return withdrawals.toCloseOnPortal().stream().map(o -> {
            Withdrawal w = (Withdrawal) o[0];
            Registration r = (Registration) o[1];
            return new ToClose(w.complaintId, r.grievanceId, r.departmentCode, r.mode, w.withdrawnBy, w.reason,
                    w.withdrawnAt, INSTRUCTION);
        }).toList();
    }

    /** The operator closed the grievance on the portal; the same again answers as before. */
    @Transactional
    public Closed closedOnPortal(String complaintId, String operator) {
        Withdrawal w = withdrawals.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        Registration r = registrations.findById(complaintId);
        if (w == null || r == null || r.state != Registration.State.REGISTERED) {
            throw ApiException.notFound("complaint " + complaintId + " has no withdrawn grievance to close on the portal");
        }
        if (w.closedOnPortalAt == null) {
            w.closedOnPortalAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            w.closedBy = operator;
            metrics.counter("sampark.withdrawals.closed-on-portal").increment();
            LOG.infof("grievance %s of withdrawn complaint %s closed on the portal by %s", r.grievanceId, complaintId, operator);
        }
        return new Closed(complaintId, r.grievanceId, w.closedBy, w.closedOnPortalAt);
    }
}
