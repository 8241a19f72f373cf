package org.samparksetu.verification.fieldcheck;

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
import jakarta.ws.rs.core.Response;
import org.samparksetu.verification.fieldcheck.FieldCheckViews.FieldCheckView;
import org.samparksetu.verification.officer.Officers;

import java.util.List;
import java.util.UUID;

/** The field verifier's API behind the console's {@code /field} page: only their own assigned checks. */
@Path("/api/field-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Officers.VERIFIER)
public class FieldCheckResource {
    @Inject
    FieldCheckViews views;
    @Inject
    FieldCheckService service;
    @Inject
    SecurityIdentity identity;

    @GET
    public List<FieldCheckView> mine() {
        return views.assignedTo(verifier());
    }

    @GET
    @Path("/{id}")
    public FieldCheckView one(@PathParam("id") UUID id) {
        return views.one(id, verifier());
    }

    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    public FieldCheckView verdict(@PathParam("id") UUID id, FieldCheckService.VerdictForm form) {
        service.submit(id, verifier(), form);
        return views.one(id, verifier());
    }

    @GET
    @Path("/{id}/photo")
    @Produces("image/*")
    public Response photo(@PathParam("id") UUID id) {
        FieldCheckViews.Photo photo = views.photo(id, verifier());
        return Response.ok(photo.bytes(), photo.type()).build();
    }

    private String verifier() {
        return identity.getPrincipal().getName();
    }
}
