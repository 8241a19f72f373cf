package org.samparksetu.verification.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.InterimReplied;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.EscalationRule;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.deadline.DeadlineService;
import org.samparksetu.verification.fieldcheck.FieldCheckRepository;
import org.samparksetu.verification.rating.CitizenRatingRepository;
import org.samparksetu.verification.verification.VerificationMetrics;
import org.samparksetu.verification.verification.VerificationRepository;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What officers and the collector read and do with a complaint: the state change and the event announcing it
 * commit together. Which departments the caller may see is the resource's to say ({@code maySee}); a complaint of
 * another department is reported as unknown (404), so complaint IDs reveal nothing across departments.
 */
@ApplicationScoped
public class OfficerActionService {
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    FieldCheckRepository fieldChecks;
    @Inject
    CitizenRatingRepository ratings;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    VerificationConfig config;
    @Inject
    VerificationMetrics metrics;

    public record InterimReplyForm(String reason, String expectedBy) {
    }

    public record EscalationForm(String reason) {
    }

    @Transactional
    public ComplaintView view(String complaintId, Predicate<String> maySee) {
        TrackedComplaint complaint = visible(complaintId, maySee, false);
        return ComplaintView.of(complaint, verifications.listForComplaint(complaintId), fieldChecks.forComplaint(complaintId),
                ratings.forComplaint(complaintId));
    }

    /** A department's open complaints, or every department's (empty {@code department}), most urgent first. */
    @Transactional
    public List<ComplaintView> list(Optional<String> department) {
        List<TrackedComplaint> all = department
                .map(d -> complaints.list("departmentCode = ?1 order by dueAt nulls last, complaintId", d))
                .orElseGet(() -> complaints.list("order by dueAt nulls last, complaintId"));
        java.util.Map<String, String> tehsils = tehsilsOf(department);
        return all.stream().map(c -> ComplaintView.of(c, List.of(), List.of()).withTehsil(tehsils.get(c.complaintId)))
                .toList();
    }

    /**
     * Routing's tehsil of each complaint (of the department, or all) that has one, in one query: the collector's list
     * holds every complaint, too many for a query per complaint or an IN list.
     */
    private java.util.Map<String, String> tehsilsOf(Optional<String> department) {
        java.util.Map<String, String> tehsils = new java.util.HashMap<>();
        String select = "select p.complaintId, p.tehsil from ComplaintPlace p, TrackedComplaint c"
                + " where c.complaintId = p.complaintId and p.tehsil is not null";
        var query = department.isPresent()
                ? em.createQuery(select + " and c.departmentCode = :department", Object[].class)
                        .setParameter("department", department.get())
                : em.createQuery(select, Object[].class);
        query.getResultList().forEach(r -> tehsils.put((String) r[0], (String) r[1]));
        return tehsils;
    }

    /** The department cannot act yet: why, and by when. Recorded and shown to the citizen. */
    @Transactional
    public ComplaintView interimReply(String complaintId, Predicate<String> maySee, String officer, InterimReplyForm form) {
        if (form == null || form.reason() == null || form.reason().isBlank() || form.expectedBy() == null) {
            throw new ApiException(Response.Status.BAD_REQUEST, "Give a reason and an expected date (expectedBy, e.g. 2026-04-15).");
        }
        LocalDate expectedBy;
        try {
            expectedBy = LocalDate.parse(form.expectedBy());
        } catch (DateTimeParseException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "expectedBy must be a date like 2026-04-15.");
        }
        Instant now = clock.instant();
        if (expectedBy.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new ApiException(Response.Status.BAD_REQUEST, "The expected date is in the past.");
        }
        TrackedComplaint c = visible(complaintId, maySee, true);
        if (c.isClosed()) {
            throw new ApiException(Response.Status.CONFLICT, "Complaint " + complaintId + " is closed.");
        }
        if (c.isWithdrawn()) {
            // the citizen took it back: an interim reply would only message someone who no longer wants one
            throw new ApiException(Response.Status.CONFLICT, "Complaint " + complaintId + " was withdrawn by the citizen.");
        }
        c.interimReason = form.reason().strip();
        c.interimExpectedBy = expectedBy;
        c.interimOfficer = officer;
        c.interimAt = now;
        outbox.emit(EventType.COMPLAINT_INTERIM_REPLIED, complaintId, new InterimReplied(complaintId, c.departmentCode,
                c.interimOfficer, c.interimReason, expectedBy.toString(), c.escalationLevel, now));
        return ComplaintView.of(c, verifications.listForComplaint(complaintId), fieldChecks.forComplaint(complaintId));
    }

    /** L3 → L4: a person's decision, the collector's, never the clock's (see {@link EscalationRule}). */
    @Transactional
    public ComplaintView escalate(String complaintId, Predicate<String> maySee, EscalationForm form) {
        TrackedComplaint c = visible(complaintId, maySee, true);
        int from = c.escalationLevel;
        int to = EscalationRule.byCollector(from, c.awaitsDepartment()).orElseThrow(() -> new ApiException(
                Response.Status.CONFLICT, "Only an open complaint at L3 can be escalated to L4 by hand; "
                + complaintId + " is " + c.state + " at L" + c.escalationLevel + "."));
        Instant now = clock.instant();
        c.escalationLevel = to;
        c.startClock(now.plus(config.deadline().levelLimitFor(c.departmentCode)));
        String reason = DeadlineService.REASON_MANUAL + (form == null || form.reason() == null ? "" : ": " + form.reason().strip());
        outbox.emit(EventType.COMPLAINT_ESCALATED, complaintId,
                new ComplaintEscalated(complaintId, c.departmentCode, from, to, reason, now));
        metrics.escalated();
        return ComplaintView.of(c, verifications.listForComplaint(complaintId), fieldChecks.forComplaint(complaintId));
    }

    private TrackedComplaint visible(String complaintId, Predicate<String> maySee, boolean lock) {
        if (!ComplaintIds.isValid(complaintId)) {
            throw new ApiException(Response.Status.BAD_REQUEST,
                    "'" + complaintId + "' is not a complaint ID; it looks like JAL-2026-000123.");
        }
        var found = lock ? complaints.findByIdOptional(complaintId, LockModeType.PESSIMISTIC_WRITE)
                : complaints.findByIdOptional(complaintId);
        return found.filter(c -> maySee.test(c.departmentCode)).orElseThrow(() -> new ApiException(
                Response.Status.NOT_FOUND, "Complaint " + complaintId + " is not known to verification in your department; "
                + "a complaint appears here once it is registered on Sampark or a department reports action on it."));
    }
}
