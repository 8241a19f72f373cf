package org.samparksetu.notification.query;

import org.samparksetu.contract.EventEnvelope;
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
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.notification.timeline.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Where a complaint stands, folded from its timeline (every event, in order). Pure. */
public record StatusReport(String complaintId, Stage stage, String departmentCode, String grievanceId,
                           Instant receivedAt, Instant closedAt, int escalationLevel) {

    public enum Stage {
        RECEIVED, NEEDS_TRIAGE, QUARANTINED, ROUTED, REGISTERED, ACTION_REPORTED, VERIFYING, REOPENED, CLOSED, WITHDRAWN,
        /** The department gave interim relief and a date for the rest: still open, nothing asked of the citizen. */
        INTERIM_RELIEF,
        /** The department rejected, filed or could not do it: the citizen may accept or appeal. */
        APPEAL_OFFERED
    }

    public static StatusReport of(String complaintId, List<TimelineEntry> entries) {
        Stage stage = Stage.RECEIVED;
        String department = null;
        String grievance = null;
        Instant received = null;
        Instant closed = null;
        int level = 1;
        for (TimelineEntry t : entries) {
            if (received == null) {
                received = t.occurredAt;
            }
            if (t.payload == null) {
                continue;
            }
            EventEnvelope<?> e;
            try {
                e = EventCodec.decode(t.payload);
            } catch (RuntimeException ex) {
                continue; // a row we cannot read says nothing; the rest still does
            }
            Object d = e.data();
            if (stage == Stage.WITHDRAWN) {
                break; // final: an event recorded after the withdrawal does not bring the complaint back
            }
            if (d instanceof ComplaintReceived r) {
                received = r.receivedAt() != null ? r.receivedAt() : t.occurredAt;
            } else if (d instanceof ComplaintNeedsTriage) {
                stage = Stage.NEEDS_TRIAGE;
            } else if (d instanceof ComplaintQuarantined) {
                stage = Stage.QUARANTINED;
            } else if (d instanceof ComplaintRouted r) {
                stage = Stage.ROUTED;
                department = r.departmentCode();
            } else if (d instanceof ComplaintRegistered r) {
                stage = Stage.REGISTERED;
                department = r.departmentCode();
                grievance = r.grievanceId();
            } else if (d instanceof ComplaintActionReported r) {
                stage = Stage.ACTION_REPORTED;
                department = r.departmentCode() != null ? r.departmentCode() : department;
            } else if (d instanceof VerificationRequested r) {
                stage = VerificationRequested.KIND_INTERIM.equals(r.kind()) ? Stage.INTERIM_RELIEF
                        : VerificationRequested.KIND_APPEAL_OFFER.equals(r.kind()) ? Stage.APPEAL_OFFERED : Stage.VERIFYING;
                department = r.departmentCode() != null ? r.departmentCode() : department;
            } else if (d instanceof ComplaintTransferred r) {
                // with the new department from the start: whatever the old one was doing is no longer pending
                stage = stage == Stage.CLOSED ? stage : Stage.REGISTERED;
                department = r.toDepartmentCode() != null ? r.toDepartmentCode() : department;
                grievance = r.grievanceId() != null ? r.grievanceId() : grievance;
            } else if (d instanceof ComplaintVerified) {
                stage = stage == Stage.CLOSED ? stage : Stage.VERIFYING;
            } else if (d instanceof ComplaintReopened r) {
                stage = Stage.REOPENED;
                level = Math.max(level, r.escalationLevel());
                closed = null;
            } else if (d instanceof ComplaintEscalated r) {
                level = Math.max(level, r.toLevel());
            } else if (d instanceof ComplaintClosed r) {
                stage = Stage.CLOSED;
                closed = t.occurredAt;
            } else if (d instanceof org.samparksetu.contract.events.ComplaintWithdrawn) {
                stage = Stage.WITHDRAWN;
                closed = t.occurredAt;
            }
        }
        return new StatusReport(complaintId, stage, department, grievance, received, closed, level);
    }

    /** Closed or withdrawn: nothing is pending any more. */
    public boolean isFinished() {
        return stage == Stage.CLOSED || stage == Stage.WITHDRAWN;
    }

    /** Whole days from receipt to closure (or to {@code now} while open). */
    public long daysPending(Instant now) {
        if (receivedAt == null) {
            return 0;
        }
        Instant end = closedAt != null ? closedAt : now;
        return Math.max(0, Duration.between(receivedAt, end).toDays());
    }
}
