package org.samparksetu.verification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.complaint.TrackedComplaintRepository;
import org.samparksetu.verification.verification.VerificationRepository;

/**
 * Read-only view of a complaint's verification, for officers and the district cell.
 * <p>
 * Not yet authenticated: officer authentication and the rule that an officer sees only their own
 * department's complaints come with a later issue. Until then this must not be exposed beyond the
 * internal network.
 */
@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    @Inject
    TrackedComplaintRepository complaints;
    @Inject
    VerificationRepository verifications;

    @GET
    @Path("/{complaintId}")
    public ComplaintView get(@PathParam("complaintId") String complaintId) {
        if (!ComplaintIds.isValid(complaintId)) {
            throw new ApiProblem(Response.Status.BAD_REQUEST,
                    "'" + complaintId + "' is not a complaint ID; it looks like JAL-2026-000123.");
        }
        TrackedComplaint complaint = complaints.findByIdOptional(complaintId).orElseThrow(() -> new ApiProblem(
                Response.Status.NOT_FOUND, "Complaint " + complaintId + " is not known to verification; a complaint "
                + "appears here once it is registered on Sampark or a department reports action on it."));
        return ComplaintView.of(complaint, verifications.listForComplaint(complaintId));
    }
}
