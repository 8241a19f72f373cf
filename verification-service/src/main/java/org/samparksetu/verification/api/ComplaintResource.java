package org.samparksetu.verification.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.verification.api.OfficerActionService.EscalationForm;
import org.samparksetu.verification.api.OfficerActionService.InterimReplyForm;
import org.samparksetu.verification.officer.Officers;
import org.samparksetu.web.FieldLimits;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A complaint's verification, for officers of its department and the collector. An officer of another
 * department is told it does not exist (404), so complaint IDs reveal nothing across departments.
 */
@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    /** An interim reply's or an escalation's reason: shown to the citizen and carried by the event. */
    static final int MAX_REASON = 500;

    @Inject
    OfficerActionService actions;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/{complaintId}")
    @RolesAllowed({Officers.OFFICER, Officers.COLLECTOR})
    public ComplaintView get(@PathParam("complaintId") String complaintId) {
        return actions.view(complaintId, maySee());
    }

    /** The officer's department's open complaints (all departments for the collector), most urgent first. */
    @GET
    @RolesAllowed({Officers.OFFICER, Officers.COLLECTOR})
    public List<ComplaintView> list() {
        Optional<String> department = Officers.department(identity);
        if (department.isEmpty() && !identity.hasRole(Officers.COLLECTOR)) {
            return List.of();
        }
        return actions.list(department);
    }

    /** The department cannot act yet: why, and by when. Recorded and shown to the citizen. */
    @POST
    @Path("/{complaintId}/interim-reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.OFFICER)
    public ComplaintView interimReply(@PathParam("complaintId") String complaintId, InterimReplyForm form) {
        FieldLimits.atMost("reason", form == null ? null : form.reason(), MAX_REASON);
        return actions.interimReply(complaintId, maySee(), identity.getPrincipal().getName(), form);
    }

    /** L3 → L4: a person's decision, the collector's, never the clock's. */
    @POST
    @Path("/{complaintId}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.COLLECTOR)
    public ComplaintView escalate(@PathParam("complaintId") String complaintId, EscalationForm form) {
        FieldLimits.atMost("reason", form == null ? null : form.reason(), MAX_REASON);
        return actions.escalate(complaintId, maySee(), form);
    }

    private Predicate<String> maySee() {
        return departmentCode -> Officers.maySee(identity, departmentCode);
    }
}
