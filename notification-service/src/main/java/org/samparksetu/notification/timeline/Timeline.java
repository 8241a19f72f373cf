package org.samparksetu.notification.timeline;

import jakarta.inject.Inject;
import java.time.Clock;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.ComplaintVerified;
import org.samparksetu.contract.events.VerificationRequested;

import java.util.List;

/**
 * The read model of every complaint event, for status queries. One row per event id, whatever
 * messages it did or did not cause; summaries are short, English, and carry no phone numbers.
 */
@ApplicationScoped
public class Timeline implements PanacheRepositoryBase<TimelineEntry, Long> {
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String complaintId, EventEnvelope<?> event) {
        if (count("eventId", event.id()) > 0) {
            return;
        }
        TimelineEntry e = new TimelineEntry();
        e.complaintId = complaintId;
        e.eventId = event.id();
        e.type = event.type();
        e.occurredAt = event.time();
        String summary = summary(event.data());
        e.summary = summary.length() > 500 ? summary.substring(0, 499) + "…" : summary;
        e.recordedAt = clock.instant();
        e.payload = org.samparksetu.messaging.codec.EventCodec.encode(event);
        persist(e);
    }

    /** The citizen withdrew it: from then on nothing more is sent about it (the command reply has confirmed it). */
    public boolean isWithdrawn(String complaintId) {
        return count("complaintId = ?1 and type = ?2", complaintId, EventType.COMPLAINT_WITHDRAWN.type()) > 0;
    }

    public List<TimelineEntry> of(String complaintId) {
        return list("complaintId = ?1 order by occurredAt, id", complaintId);
    }

    static String summary(Object data) {
        if (data instanceof ComplaintReceived e) {
            return "received via " + e.channel() + " (language " + e.language() + ")";
        } else if (data instanceof ComplaintRouted e) {
            return "routed to " + e.departmentCode() + " by " + e.decidedBy();
        } else if (data instanceof ComplaintNeedsTriage e) {
            return "sent to the triage queue: " + e.reason();
        } else if (data instanceof ComplaintQuarantined e) {
            return "quarantined: " + e.reason();
        } else if (data instanceof ComplaintRegistered e) {
            return "registered on Sampark as " + e.grievanceId() + " with " + e.departmentCode() + " (" + e.mode() + ")";
        } else if (data instanceof ComplaintActionReported e) {
            return "action reported by " + e.departmentCode() + ": " + e.outcome();
        } else if (data instanceof VerificationRequested e && VerificationRequested.KIND_APPEAL_OFFER.equals(e.kind())) {
            return "citizen told of the disposal by " + e.departmentCode() + " (" + e.outcome() + ") and offered an appeal";
        } else if (data instanceof VerificationRequested e && VerificationRequested.KIND_INTERIM.equals(e.kind())) {
            return "citizen told of interim relief by " + e.departmentCode();
        } else if (data instanceof VerificationRequested e) {
            return "citizen asked to confirm the fix reported by " + e.departmentCode();
        } else if (data instanceof ComplaintTransferred e) {
            return "transferred from " + e.fromDepartmentCode() + " to " + e.toDepartmentCode() + " (" + e.mode()
                    + ", transfer " + e.transfers() + ")";
        } else if (data instanceof ComplaintVerified e) {
            return (e.fixed() ? "fix confirmed" : "fix disputed") + " by " + e.method();
        } else if (data instanceof ComplaintReopened e) {
            return "reopened at level L" + e.escalationLevel() + ": " + e.reason();
        } else if (data instanceof ComplaintEscalated e) {
            return "escalated L" + e.fromLevel() + " to L" + e.toLevel() + ": " + e.reason();
        } else if (data instanceof ComplaintClosed e) {
            return "closed" + (e.resolution() == null ? "" : ": " + e.resolution());
        } else if (data instanceof org.samparksetu.contract.events.ComplaintWithdrawn e) {
            return "withdrawn by the " + (e.withdrawnBy() == null ? "citizen" : e.withdrawnBy().toLowerCase(java.util.Locale.ROOT));
        }
        return data.getClass().getSimpleName();
    }
}
