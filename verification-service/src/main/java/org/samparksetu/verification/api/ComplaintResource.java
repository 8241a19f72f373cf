package org.samparksetu.verification.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.InterimReplied;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.deadline.DeadlineService;
import org.samparksetu.verification.fieldcheck.FieldCheckRepository;
import org.samparksetu.verification.verification.VerificationRepository;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A complaint's verification, for officers of its department and the collector. An officer of another
 * department is told it does not exist (404), so complaint IDs reveal nothing across departments.
 */
@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;
    @Inject
    FieldCheckRepository fieldChecks;
    @Inject
    org.samparksetu.verification.rating.CitizenRatingRepository ratings;
    @Inject
    SecurityIdentity identity;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    VerificationConfig config;
    @Inject
    org.samparksetu.verification.verification.VerificationMetrics metrics;

    @GET
    @Path("/{complaintId}")
    @RolesAllowed({Officers.OFFICER, Officers.COLLECTOR})
    public ComplaintView get(@PathParam("complaintId") String complaintId) {
        TrackedComplaint complaint = visible(complaintId, false);
        return ComplaintView.of(complaint, verifications.listForComplaint(complaintId), fieldChecks.forComplaint(complaintId),
                ratings.forComplaint(complaintId));
    }

    /** The officer's department's open complaints (all departments for the collector), most urgent first. */
    @GET
    @RolesAllowed({Officers.OFFICER, Officers.COLLECTOR})
    public List<ComplaintView> list() {
        List<TrackedComplaint> all = Officers.department(identity)
                .map(d -> complaints.list("departmentCode = ?1 order by dueAt nulls last, complaintId", d))
                .orElseGet(() -> identity.hasRole(Officers.COLLECTOR)
                        ? complaints.list("order by dueAt nulls last, complaintId") : List.of());
        return all.stream().map(c -> ComplaintView.of(c, List.of(), List.of())).toList();
    }

    public record InterimReplyForm(String reason, String expectedBy) {
    }

    /** The department cannot act yet: why, and by when. Recorded and shown to the citizen. */
    @POST
    @Path("/{complaintId}/interim-reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.OFFICER)
    @Transactional
    public ComplaintView interimReply(@PathParam("complaintId") String complaintId, InterimReplyForm form) {
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
        if (expectedBy.isBefore(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
            throw new ApiException(Response.Status.BAD_REQUEST, "The expected date is in the past.");
        }
        TrackedComplaint c = visible(complaintId, true);
        if (c.isClosed()) {
            throw new ApiException(Response.Status.CONFLICT, "Complaint " + complaintId + " is closed.");
        }
        if (c.isWithdrawn()) {
            // the citizen took it back: an interim reply would only message someone who no longer wants one
            throw new ApiException(Response.Status.CONFLICT, "Complaint " + complaintId + " was withdrawn by the citizen.");
        }
        c.interimReason = form.reason().strip();
        c.interimExpectedBy = expectedBy;
        c.interimOfficer = identity.getPrincipal().getName();
        c.interimAt = now;
        outbox.emit(EventType.COMPLAINT_INTERIM_REPLIED, complaintId, new InterimReplied(complaintId, c.departmentCode,
                c.interimOfficer, c.interimReason, expectedBy.toString(), c.escalationLevel, now));
        return ComplaintView.of(c, verifications.listForComplaint(complaintId), fieldChecks.forComplaint(complaintId));
    }

    public record EscalationForm(String reason) {
    }

    /** L3 → L4: a person's decision, the collector's, never the clock's. */
    @POST
    @Path("/{complaintId}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.COLLECTOR)
    @Transactional
    public ComplaintView escalate(@PathParam("complaintId") String complaintId, EscalationForm form) {
        TrackedComplaint c = visible(complaintId, true);
        if (c.escalationLevel != DeadlineService.HIGHEST_AUTOMATIC_LEVEL || !c.awaitsDepartment()) {
            throw new ApiException(Response.Status.CONFLICT, "Only an open complaint at L3 can be escalated to L4 by hand; "
                    + complaintId + " is " + c.state + " at L" + c.escalationLevel + ".");
        }
        Instant now = clock.instant();
        c.escalationLevel = 4;
        c.startClock(now.plus(config.deadline().levelLimit()));
        String reason = DeadlineService.REASON_MANUAL + (form == null || form.reason() == null ? "" : ": " + form.reason().strip());
        outbox.emit(EventType.COMPLAINT_ESCALATED, complaintId,
                new ComplaintEscalated(complaintId, c.departmentCode, 3, 4, reason, now));
        metrics.escalated();
        return ComplaintView.of(c, verifications.listForComplaint(complaintId), fieldChecks.forComplaint(complaintId));
    }

    private TrackedComplaint visible(String complaintId, boolean lock) {
        if (!ComplaintIds.isValid(complaintId)) {
            throw new ApiException(Response.Status.BAD_REQUEST,
                    "'" + complaintId + "' is not a complaint ID; it looks like JAL-2026-000123.");
        }
        var found = lock ? complaints.findByIdOptional(complaintId, LockModeType.PESSIMISTIC_WRITE)
                : complaints.findByIdOptional(complaintId);
        return found.filter(c -> Officers.maySee(identity, c.departmentCode)).orElseThrow(() -> new ApiException(
                Response.Status.NOT_FOUND, "Complaint " + complaintId + " is not known to verification in your department; "
                + "a complaint appears here once it is registered on Sampark or a department reports action on it."));
    }
}
