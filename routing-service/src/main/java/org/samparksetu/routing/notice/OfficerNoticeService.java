package org.samparksetu.routing.notice;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DeadlineApproaching;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.contract.events.OfficerNotice;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.routing.complaint.DepartmentEvents;
import org.samparksetu.routing.complaint.RoutingDecision;
import org.samparksetu.routing.complaint.RoutingDecisionRepository;
import org.samparksetu.routing.complaint.RoutingHistory;
import org.samparksetu.routing.complaint.RoutingHistoryRepository;
import org.samparksetu.routing.directory.DirectoryService;
import org.samparksetu.routing.directory.OfficerLookupRule;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Tells the named officer who holds a complaint what happened to it ({@code officer.notice}, which notification sends
 * as a WhatsApp template), and the department's own system the same ({@code department.<code>.complaints}): a complaint
 * registered with the department (its L1 officer), a deadline close at hand (the officer at the current level), an
 * escalation (the officer at the new level), a reopening (the current level), a transfer on the portal (the new
 * department's L1 officer; the old department's topic hears it left). The complaint's place is routing's own record of
 * it. Each trigger tells once: the kit's inbox drops a redelivered event and the notice's trigger key one re-published
 * under a new id.
 */
@ApplicationScoped
public class OfficerNoticeService {
    private static final Logger LOG = Logger.getLogger(OfficerNoticeService.class);
    static final String REGISTERED = "routing-service.complaint-registered";
    static final String DEADLINE = "routing-service.complaint-deadline-approaching";
    static final String ESCALATED = "routing-service.complaint-escalated";
    static final String REOPENED = "routing-service.complaint-reopened";
    static final String TRANSFERRED = "routing-service.complaint-transferred";

    @Inject
    Outbox outbox;
    @Inject
    RoutingDecisionRepository decisions;
    @Inject
    RoutingHistoryRepository history;
    @Inject
    NoticeRepository notices;
    @Inject
    DirectoryService directory;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    /**
     * The bridge registered it: the department's L1 officer of the complaint's place hears of a new complaint. The
     * department's topic heard of it when routing routed it (kind NEW), so it is not told twice.
     */
    @Transactional
    public void registered(EventEnvelope<ComplaintRegistered> event) {
        ComplaintRegistered r = event.data();
        Instant at = r.registeredAt() != null ? r.registeredAt() : event.time();
        RoutingDecision d = decisions.findById(r.complaintId());
        if (d != null && d.registeredAt == null) {
            d.registeredAt = at;
        }
        if (r.linkedTo() != null && !r.linkedTo().isBlank()) {
            // another report of a problem the officer was already told of (its cluster's leader): one problem, one notice
            metrics.counter("routing.officer.notices", "kind", OfficerNotice.NEW_COMPLAINT, "outcome", "cluster-member")
                    .increment();
            return;
        }
        tell(d, r.complaintId(), r.departmentCode(), 1, OfficerNotice.NEW_COMPLAINT, null, at, null);
    }

    @Transactional
    public void deadlineApproaching(EventEnvelope<DeadlineApproaching> event) {
        DeadlineApproaching a = event.data();
        RoutingDecision d = decisions.findById(a.complaintId());
        Instant at = a.remindedAt() != null ? a.remindedAt() : event.time();
        tell(d, a.complaintId(), a.departmentCode(), a.escalationLevel(), OfficerNotice.DEADLINE_APPROACHING,
                a.dueAt(), at, DepartmentComplaint.DEADLINE_APPROACHING);
    }

    @Transactional
    public void escalated(EventEnvelope<ComplaintEscalated> event) {
        ComplaintEscalated e = event.data();
        RoutingDecision d = decisions.findById(e.complaintId());
        Instant at = e.escalatedAt() != null ? e.escalatedAt() : event.time();
        tell(d, e.complaintId(), e.departmentCode(), e.toLevel(), OfficerNotice.ESCALATED, null, at,
                DepartmentComplaint.ESCALATED);
    }

    @Transactional
    public void reopened(EventEnvelope<ComplaintReopened> event) {
        ComplaintReopened r = event.data();
        RoutingDecision d = decisions.findById(r.complaintId());
        Instant at = r.reopenedAt() != null ? r.reopenedAt() : event.time();
        tell(d, r.complaintId(), r.departmentCode(), r.escalationLevel(), OfficerNotice.REOPENED, null, at,
                DepartmentComplaint.REOPENED);
    }

    /**
     * The portal moved it: routing's record follows (the department, the transfer count, a history row), the new
     * department's L1 officer and topic hear it came in, the old department's topic hears it went out (and that it may
     * no longer report on it).
     */
    @Transactional
    public void transferred(EventEnvelope<ComplaintTransferred> event) {
        ComplaintTransferred t = event.data();
        Instant at = t.transferredAt() != null ? t.transferredAt() : event.time();
        String key = key(OfficerNotice.TRANSFERRED_IN, t.complaintId(), t.toDepartmentCode(), 1, at);
        if (notices.triggered(key)) {
            repeat(OfficerNotice.TRANSFERRED_IN, t.complaintId());
            return;
        }
        RoutingDecision d = decisions.findById(t.complaintId());
        if (d != null) {
            Instant now = Instant.now(clock);
            d.departmentCode = t.toDepartmentCode();
            d.transfers = Math.max(d.transfers, t.transfers());
            d.updatedAt = now;
            history.persist(RoutingHistory.of(d.complaintId, RoutingHistory.Action.TRANSFERRED, t.toDepartmentCode(),
                    t.fromDepartmentCode(), null, "moved on the portal (" + mode(t.mode()) + " mode)"
                            + (t.reason() == null || t.reason().isBlank() ? "" : ": " + t.reason()),
                    "sampark-bridge", now));
            String from = t.fromDepartmentCode();
            if (!d.isWithdrawn() && from != null) {
                outbox.emit(Topics.department(from), EventType.DEPARTMENT_COMPLAINT, d.complaintId,
                        DepartmentEvents.of(d, from, DepartmentComplaint.TRANSFERRED_OUT, t.toDepartmentCode(), null, at));
            }
        }
        tell(d, t.complaintId(), t.toDepartmentCode(), 1, OfficerNotice.TRANSFERRED_IN, null, at,
                DepartmentComplaint.TRANSFERRED_IN, t.fromDepartmentCode(), key);
    }

    private void tell(RoutingDecision d, String complaintId, String department, int level, String kind, Instant dueAt,
                      Instant happenedAt, String departmentKind) {
        tell(d, complaintId, department, level, kind, dueAt, happenedAt, departmentKind, null,
                key(kind, complaintId, department, level, happenedAt));
    }

    /**
     * Finds the officer and emits the notice and (with {@code departmentKind}) the department's event, once per
     * trigger. A withdrawn complaint needs nobody's attention: its department was told of the withdrawal.
     */
    private void tell(RoutingDecision d, String complaintId, String department, int level, String kind, Instant dueAt,
                      Instant happenedAt, String departmentKind, String otherDepartment, String key) {
        if (notices.triggered(key)) {
            repeat(kind, complaintId);
            return;
        }
        if (d != null && d.isWithdrawn()) {
            metrics.counter("routing.officer.notices", "kind", kind, "outcome", "withdrawn").increment();
            LOG.infof("complaint %s was withdrawn: no %s notice", complaintId, kind);
            return;
        }
        if (d == null) {
            // not routed here (should not happen): the district-wide officer still hears, without a place
            LOG.warnf("complaint %s is not known to routing; its %s notice goes without a place", complaintId, kind);
        }
        Instant now = Instant.now(clock);
        String tehsil = d == null ? null : d.tehsil;
        OfficerLookupRule.Result officer = directory.lookup(department, level, d == null
                ? new OfficerLookupRule.Place(null, null, null)
                : new OfficerLookupRule.Place(d.tehsil, d.block, d.municipalBody));
        Notice n = new Notice();
        n.triggerKey = key;
        n.complaintId = complaintId;
        n.kind = kind;
        n.departmentCode = department;
        n.level = level;
        n.tehsil = tehsil;
        n.match = officer.match().name();
        n.noticedAt = now;
        if (officer.found()) {
            OfficerLookupRule.Post p = officer.post();
            n.officerId = p.id();
            outbox.emit(EventType.OFFICER_NOTICE, complaintId, new OfficerNotice(String.valueOf(p.id()),
                    p.displayName(), p.whatsapp(), department, level, tehsil, complaintId, kind, dueAt, now));
            LOG.infof("complaint %s: %s notice to officer %d (%s L%d, %s)", complaintId, kind, p.id(), department,
                    level, officer.match() == OfficerLookupRule.Match.LOCAL ? "local post" : "district-wide post");
        } else {
            LOG.warnf("complaint %s: no officer to tell of %s: %s", complaintId, kind, officer.why());
        }
        notices.persist(n);
        metrics.counter("routing.officer.notices", "kind", kind,
                "outcome", officer.match().name().toLowerCase(Locale.ROOT).replace('_', '-')).increment();
        if (departmentKind != null && d != null) {
            outbox.emit(Topics.department(department), EventType.DEPARTMENT_COMPLAINT, complaintId,
                    DepartmentEvents.of(d, department, departmentKind, otherDepartment, level, happenedAt));
        }
    }

    private void repeat(String kind, String complaintId) {
        metrics.counter("routing.officer.notices", "kind", kind, "outcome", "repeat").increment();
        LOG.debugf("complaint %s: %s already told", complaintId, kind);
    }

    /** One trigger: what happened to which complaint, for which department and level, and when it happened. */
    static String key(String kind, String complaintId, String department, int level, Instant happenedAt) {
        return kind + ":" + complaintId + ":" + department + ":L" + level + ":" + happenedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String mode(String mode) {
        return mode == null ? "unknown" : mode.toUpperCase(Locale.ROOT);
    }
}
