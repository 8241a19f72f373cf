package org.samparksetu.bridge.registration;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.bridge.web.DepartmentAccess;

/** Where a complaint's Sampark registration stands, for the department it belongs to. */
@Path("/api/registrations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {
    @Inject
    RegistrationLookup registrations;
    @Inject
    DepartmentAccess access;

    @GET
    @Path("/{complaintId}")
    public RegistrationLookup.RegistrationView get(@PathParam("complaintId") String complaintId) {
        access.principal();
        RegistrationLookup.RegistrationView view = registrations.of(complaintId);
        access.require(view.departmentCode(), "complaint " + complaintId);
        return view;
    }
}
