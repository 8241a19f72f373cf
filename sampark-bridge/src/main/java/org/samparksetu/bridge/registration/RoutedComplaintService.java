package org.samparksetu.bridge.registration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.PortalConfig;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.logging.Mask;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A routed complaint becomes a PENDING registration, in what the portal's form needs; the registrar (API mode) or
 * the operator (operator mode) takes it from there. One complaint, one registration, never one it was withdrawn.
 */
@ApplicationScoped
public class RoutedComplaintService {
    private static final Logger LOG = Logger.getLogger(RoutedComplaintService.class);
    static final String CONSUMER = "sampark-bridge.complaint-routed";
    static final int SUBJECT_MAX = 100;

    @Inject
    RegistrationRepository registrations;
    @Inject
    WithdrawalRepository withdrawals;
    @Inject
    Event<RegistrationQueued> queued;
    @Inject
    Event<ComplaintRerouted> rerouted;
    @Inject
    MeterRegistry metrics;
    @Inject
    PortalConfig portal;
    @Inject
    EntryConfig entry;
    @Inject
    Clock clock;
    @Inject
    ClusterLinks clusters;

    /** Joins the consumer's transaction, which has already recorded the event in the inbox. */
    @Transactional
    public void accept(EventEnvelope<ComplaintRouted> event) {
        ComplaintRouted routed = event.data();
        if (routed == null || blank(routed.complaintId()) || blank(routed.departmentCode())) {
            throw new MalformedEventException("complaint.routed " + event.id() + " has no complaint ID or department");
        }
        if (withdrawals.isWithdrawn(routed.complaintId())) {
            // the withdrawal overtook complaint.routed (separate topics): never register what the citizen took back
            LOG.infof("complaint %s was withdrawn before it reached the bridge; not registered", routed.complaintId());
            metrics.counter("sampark.withdrawals", "state", "routed-after-withdrawal").increment();
            return;
        }
        // Locked as it is read: the registrar's bookkeeping changes the same row between its calls, and a re-route must
        // not write back a copy read before that.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String leader = ClusterLinks.leaderOf(routed);
        Registration existing = registrations.findById(routed.complaintId(), LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && existing.state == Registration.State.LINKED) {
            clusters.routedAgain(existing, registration(routed, now), leader, now);
            return;
        }
        if (existing != null) {
            // Routed again: one complaint, one registration, which follows the department routing names now (or
            // stays as it is for a decision published again). The transfer feature decides which.
            rerouted.fire(new ComplaintRerouted(String.valueOf(event.id()), routed));
            return;
        }
        Registration r = registration(routed, now);
        if (leader != null) {
            clusters.link(r, leader, now);
            return;
        }
        registrations.persist(r);
        queued.fire(RegistrationQueued.INSTANCE);
        LOG.infof("complaint %s queued for Sampark registration (%s mode) with %s (contact %s)",
                r.complaintId, r.entryMode, r.departmentCode, Mask.phone(r.contactNumber));
    }

    private Registration registration(ComplaintRouted routed, Instant now) {
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
        r.subjectCode = stripped(routed.subject());
        r.ward = stripped(routed.ward());
        r.gramPanchayat = stripped(routed.gramPanchayat());
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
        r.routedTransfers = routed.transfers() == null ? 0 : Math.max(0, routed.transfers());
        r.createdAt = now;
        r.updatedAt = now;
        r.queuedAt = now;
        return r;
    }

    /** The complaint's first non-blank line, cut at a character (not a byte) boundary to fit the portal's field. */
    static String subject(String description) {
        String firstLine = description.lines().filter(l -> !l.isBlank()).findFirst().orElse(description).strip();
        if (firstLine.codePointCount(0, firstLine.length()) <= SUBJECT_MAX) {
            return firstLine;
        }
        int end = firstLine.offsetByCodePoints(0, SUBJECT_MAX - 1);
        return firstLine.substring(0, end).strip() + "…";
    }

    /** Routing's subject code, or null when it named none. */
    public static String stripped(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
