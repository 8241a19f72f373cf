package org.samparksetu.bridge.registration;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.bridge.web.DepartmentAccess;
import org.samparksetu.web.ApiException;

import java.time.Instant;

/** Where a complaint's Sampark registration stands, for the department it belongs to. */
@Path("/api/registrations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    /** No contact number here: a department sees the complaint, not the citizen's phone. */
    public record RegistrationView(String complaintId, String departmentCode, String state, String grievanceId,
                                   String mode, int attempts, boolean ambiguous, String lastError,
                                   Instant registeredAt) {
    }

    @Inject
    RegistrationRepository registrations;
    @Inject
    DepartmentAccess access;

    @GET
    @Path("/{complaintId}")
    @Transactional
    public RegistrationView get(@PathParam("complaintId") String complaintId) {
        access.principal();
        Registration r = registrations.findById(complaintId);
        if (r == null) {
            throw ApiException.notFound("no registration for complaint " + complaintId);
        }
        access.require(r.departmentCode, "complaint " + complaintId);
        return new RegistrationView(r.complaintId, r.departmentCode, r.state.name(), r.grievanceId, r.mode, r.attempts,
                r.ambiguous, r.lastError, r.registeredAt);
    }
}
